using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Dialogs;

/// <summary>A dialog made of dialogs: its own set and its own inner stack, stored in its instance.</summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private const string InnerStackKey = "stack";

    protected DialogSet Inner { get; } = new();

    /// <summary>The inner dialog begun when the component begins.</summary>
    protected string InitialDialogId { get; set; } = "";

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        Inner.Add(dialog);
        if (InitialDialogId.Length == 0)
        {
            InitialDialogId = dialog.Id;
        }
        return this;
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var inner = InnerContext(dc, dc.ActiveDialog!);
        var result = await inner.BeginDialogAsync(InitialDialogId, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerAsync(dc, inner, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = InnerContext(dc, dc.ActiveDialog!);
        var result = await inner.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return await AfterInnerAsync(dc, inner, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        // A dialog begun on the outer stack above this component has ended: ask the inner question again.
        await RepromptAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task RepromptAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken)
    {
        var inner = new DialogContext(Inner, turn, ReadStack(instance));
        await inner.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        WriteStack(instance, inner.Stack);
    }

    public override async Task EndAsync(ITurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var inner = new DialogContext(Inner, turn, ReadStack(instance));
            await inner.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override string? HelpTextKey(DialogContext dc, DialogInstance instance)
    {
        var inner = new DialogContext(Inner, dc.Context, ReadStack(instance), dc);
        return inner.ActiveDialog is { } active ? inner.FindDialog(active.Id)?.HelpTextKey(inner, active) : null;
    }

    public override bool HoldsData(DialogContext dc, DialogInstance instance)
    {
        var inner = new DialogContext(Inner, dc.Context, ReadStack(instance), dc);
        return inner.Stack.Any(i => inner.FindDialog(i.Id)?.HoldsData(inner, i) == true);
    }

    public override bool Fits(DialogContext dc, DialogInstance instance) =>
        base.Fits(dc, instance) && new DialogContext(Inner, dc.Context, ReadStack(instance), dc).StackFits();

    private DialogContext InnerContext(DialogContext dc, DialogInstance instance) =>
        new(Inner, dc.Context, ReadStack(instance), dc);

    private static async Task<DialogTurnResult> AfterInnerAsync(DialogContext dc, DialogContext inner, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.Status == DialogTurnStatus.Waiting)
        {
            WriteStack(dc.ActiveDialog!, inner.Stack);
            return result;
        }
        return await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false);
    }

    private static List<DialogInstance> ReadStack(DialogInstance instance) =>
        instance.State[InnerStackKey]?.Deserialize<List<DialogInstance>>() ?? [];

    private static void WriteStack(DialogInstance instance, List<DialogInstance> stack) =>
        instance.State[InnerStackKey] = JsonSerializer.SerializeToNode(stack);
}
