using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Conversation.Dialogs;

/// <summary>A fixed sequence of steps; each step's answer flows into the next, with typed state kept between turns.</summary>
/// <typeparam name="TState">What the steps collect. Serialized as JSON with the stack, so keep it plain data.</typeparam>
public class WaterfallDialog<TState> : Dialog where TState : class, new()
{
    private const string StepKey = "step";
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string ValuesKey = "values";

    // Steps calling NextAsync run inside one another; they must all see the same state object.
    private static readonly ConditionalWeakTable<DialogInstance, TState> Live = [];

    private readonly List<WaterfallStep<TState>> _steps = [];

    public WaterfallDialog(string id, IEnumerable<WaterfallStep<TState>>? steps = null)
        : base(id)
    {
        _steps.AddRange(steps ?? []);
    }

    public int StepCount => _steps.Count;

    public WaterfallDialog<TState> AddStep(WaterfallStep<TState> step)
    {
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType());
        instance.State[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>Input with no prompt waiting (a step that ended the turn without one): treat it as the step's answer.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc.ActiveDialog!) + 1, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc.ActiveDialog!) + 1, reason, result, cancellationToken);

    public override bool HoldsData(DialogContext dc, DialogInstance instance) => CurrentStep(instance) > 0;

    public override bool Fits(DialogContext dc, DialogInstance instance) =>
        base.Fits(dc, instance) && CurrentStep(instance) < _steps.Count && ReadState(instance) is not null;

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }
        instance.State[StepKey] = index;
        var state = Live.GetValue(instance, i => ReadState(i) ?? new TState());
        var step = new WaterfallStepContext<TState>(this, dc, instance, state, index, reason, result);
        try
        {
            return await _steps[index](step, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Written after every step, so the state travels with the stack even if the step ended the dialog.
            instance.State[StateKey] = JsonSerializer.SerializeToNode(state);
        }
    }

    /// <summary>
    /// The typed state of a stored instance of this dialog, for code that runs beside it in the same turn (a prompt
    /// validator checking an answer against what the resident chose earlier).
    /// </summary>
    protected TState? StateOf(DialogInstance instance) => ReadState(instance);

    /// <summary>Stores <paramref name="state"/> as the state of a stored instance of this dialog, for a prompt validator that
    /// keeps part of an answer for a later step; the instance must not be running a step in this turn.</summary>
    protected static void WriteState(DialogInstance instance, TState state)
    {
        ArgumentNullException.ThrowIfNull(instance);
        instance.State[StateKey] = JsonSerializer.SerializeToNode(state);
    }

    internal static T? ReadOptions<T>(DialogInstance instance) =>
        instance.State[OptionsKey] is { } node ? node.Deserialize<T>() : default;

    internal static JsonObject Values(DialogInstance instance) =>
        instance.State[ValuesKey] as JsonObject ?? (JsonObject)(instance.State[ValuesKey] = new JsonObject());

    private static int CurrentStep(DialogInstance instance) =>
        instance.State[StepKey] is JsonValue value && value.TryGetValue<int>(out var step) ? step : 0;

    private static TState? ReadState(DialogInstance instance)
    {
        if (instance.State[StateKey] is not { } node)
        {
            return new TState();
        }
        try
        {
            return node.Deserialize<TState>();
        }
        catch (JsonException)
        {
            // The state class changed shape since this instance was stored: Fits() reports it, the flow restarts.
            return null;
        }
    }
}
