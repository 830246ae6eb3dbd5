using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Dialogs;

/// <summary>A dialog stack in the middle of a turn: begin, continue, end, replace and cancel dialogs on it.</summary>
/// <remarks>The top of the stack is the last element.</remarks>
public sealed class DialogContext(DialogSet dialogs, ITurnContext turn, List<DialogInstance> stack, DialogContext? parent = null)
{
    public DialogSet Dialogs { get; } = dialogs;
    public ITurnContext Context { get; } = turn;
    public List<DialogInstance> Stack { get; } = stack;

    /// <summary>The context of the component this stack lives in, if any.</summary>
    public DialogContext? Parent { get; } = parent;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog '{dialogId}' is registered.");
        Stack.Add(new DialogInstance { Id = dialogId, Version = dialog.Version });
        Context.BeganPrivateDialog |= dialog.IsPrivate;
        return await dialog.BeginAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hands the resident's message to the dialog on top; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await ActiveDialogOf(active).ContinueAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the dialog on top and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parent)
        {
            return await ActiveDialogOf(parent).ResumeAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces <paramref name="instance"/> and every dialog above it (a question it is waiting on) with a new dialog; no
    /// parent is resumed, as when the resident corrects an earlier answer and the flow starts again from it.
    /// </summary>
    public async Task<DialogTurnResult> ReplaceWithItsQuestionsAsync(DialogInstance instance, string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!Stack.Contains(instance))
        {
            throw new InvalidOperationException($"'{instance.Id}' is not on the stack.");
        }
        while (ActiveDialog != instance)
        {
            await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        }
        return await ReplaceDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        var any = Stack.Count > 0;
        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(any ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            await ActiveDialogOf(active).RepromptAsync(Context, active, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Looks here first, then in the enclosing component's set.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Whether every stored instance can still be run by this build (its dialog exists and fits it).</summary>
    public bool StackFits() => Stack.All(instance => FindDialog(instance.Id) is { } dialog && dialog.Fits(this, instance));

    private Dialog ActiveDialogOf(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new DialogShapeChangedException(instance.Id, "no such dialog any more");

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }
        Stack.RemoveAt(Stack.Count - 1);
        if (FindDialog(active.Id) is { } dialog)
        {
            await dialog.EndAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
        }
    }
}
