using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Dialogs;

/// <summary>What a waterfall step sees: the previous answer, the typed state, the options, and the stack.</summary>
public sealed class WaterfallStepContext<TState> where TState : class, new()
{
    private readonly WaterfallDialog<TState> _waterfall;
    private readonly DialogInstance _instance;
    private bool _advanced;

    internal WaterfallStepContext(
        WaterfallDialog<TState> waterfall, DialogContext dc, DialogInstance instance, TState state, int index, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        Dialogs = dc;
        State = state;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext Dialogs { get; }

    public ITurnContext Context => Dialogs.Context;

    /// <summary>Typed state collected by the steps, kept between turns.</summary>
    public TState State { get; }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The answer of the previous step's prompt (or what was passed to <see cref="NextAsync"/>).</summary>
    public object? Result { get; }

    /// <summary>True when the previous step's prompt ran out of attempts.</summary>
    public bool PromptGaveUp => Result is PromptGaveUp;

    /// <summary>Loose values by name, for steps that need no typed state.</summary>
    public JsonObject Values => WaterfallDialog<TState>.Values(_instance);

    public T? Options<T>() => WaterfallDialog<TState>.ReadOptions<T>(_instance);

    public T ResultAs<T>() => Result is T typed
        ? typed
        : throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' expected a {typeof(T).Name}, got {Result?.GetType().Name ?? "nothing"}.");

    public T? Get<T>(string key) => Values[key] is { } node ? node.Deserialize<T>() : default;

    public void Set<T>(string key, T value) => Values[key] = JsonSerializer.SerializeToNode(value);

    /// <summary>Skips ahead to the next step with <paramref name="result"/> as its answer.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_advanced)
        {
            throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' moved on twice.");
        }
        _advanced = true;
        return _waterfall.RunStepAsync(Dialogs, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Dialogs.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialogs.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        Dialogs.CancelAllDialogsAsync(cancellationToken);
}
