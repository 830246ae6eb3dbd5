using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Runtime;

/// <summary>
/// Runs a resident's message against their stored conversation: expiry, redeploys, the interrupting
/// words every flow obeys, then the active dialog or, with none, the front door.
/// </summary>
public sealed class ConversationRunner(DialogSet dialogs, IFrontDoor frontDoor, TimeSpan idleTimeout)
{
    public DialogSet Dialogs { get; } = dialogs;

    public async Task RunAsync(ITurnContext turn, ConversationState state, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(Dialogs, turn, state.DialogStack);
        if (turn.Activity.Type == ActivityType.Event)
        {
            // Not the resident's doing: it neither refreshes nor expires their flow.
            await frontDoor.HandleEventAsync(dc, dc.Stack.Count > 0, cancellationToken).ConfigureAwait(false);
            return;
        }
        var now = turn.Clock.GetUtcNow();
        if (dc.Stack.Count > 0 && state.LastActivityAt is { } last && now - last > idleTimeout)
        {
            // Ending an expired flow politely: the resident is told, then their message is taken fresh.
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            state.ConfirmingLeave = false;
            turn.SendText(RuntimeTexts.FlowExpired);
        }
        if (!dc.StackFits())
        {
            // A redeploy changed a dialog under a stored stack: its state cannot be trusted, so start over.
            dc.Stack.Clear();
            state.ConfirmingLeave = false;
            turn.SendText(RuntimeTexts.FlowRestarted);
        }
        state.LastActivityAt = now;

        if (dc.Stack.Count == 0)
        {
            state.ConfirmingLeave = false;
            await frontDoor.RouteAsync(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (state.ConfirmingLeave)
        {
            await AnswerLeaveAsync(dc, state, cancellationToken).ConfigureAwait(false);
            return;
        }
        switch (InterruptionRecognizer.Recognize(turn.Activity.Text))
        {
            case Interruption.Help:
                var active = dc.ActiveDialog!;
                turn.SendText(dc.FindDialog(active.Id)?.HelpTextKey(dc, active) ?? RuntimeTexts.HelpGeneral);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return;
            case Interruption.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                turn.SendText(RuntimeTexts.FlowCancelled);
                return;
            case Interruption.Menu when HoldsData(dc):
                state.ConfirmingLeave = true;
                turn.SendText(RuntimeTexts.LeaveConfirm);
                return;
            case Interruption.Menu:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await frontDoor.ShowMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                return;
            case Interruption.Officer:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await frontDoor.HandOffAsync(dc, cancellationToken).ConfigureAwait(false);
                return;
        }
        await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerLeaveAsync(DialogContext dc, ConversationState state, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text;
        var answer = YesNoRecognizer.Recognize(text ?? "");
        if (answer is null && InterruptionRecognizer.Recognize(text) == Interruption.Menu)
        {
            answer = true;
        }
        state.ConfirmingLeave = false;
        if (answer == true)
        {
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            await frontDoor.ShowMenuAsync(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        // "No", or anything else: stay in the flow and ask its question again.
        dc.Context.SendText(RuntimeTexts.LeaveDeclined);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }


    private static bool HoldsData(DialogContext dc) =>
        dc.Stack.Any(instance => dc.FindDialog(instance.Id)?.HoldsData(dc, instance) == true);
}
