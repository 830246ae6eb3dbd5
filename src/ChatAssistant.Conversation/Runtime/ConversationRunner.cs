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

    private const string PreviousActivityKey = "conversation.previous-activity";

    /// <summary>Whether the resident had not written for <paramref name="quiet"/> before this message (or never): it opens
    /// a conversation, so "Kính chào quý cơ quan" greets rather than takes leave.</summary>
    public static bool OpensConversation(ITurnContext turn, TimeSpan quiet)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.TurnState.TryGetValue(PreviousActivityKey, out var previous) && previous is DateTimeOffset at
            && turn.Clock.GetUtcNow() - at > quiet;
    }

    public async Task RunAsync(ITurnContext turn, ConversationState state, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(Dialogs, turn, state.DialogStack);
        var now = turn.Clock.GetUtcNow();
        if (turn.Activity.Type == ActivityType.Event)
        {
            await RunEventAsync(dc, state, now, cancellationToken).ConfigureAwait(false);
            return;
        }
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
        turn.TurnState[PreviousActivityKey] = state.LastActivityAt ?? DateTimeOffset.MinValue;
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
        var interruption = InterruptionRecognizer.Recognize(turn.Activity.Text);
        if (interruption != Interruption.None && dc.FindDialog(dc.ActiveDialog!.Id)?.Claims(dc, dc.ActiveDialog!, turn.Activity.Text) == true
            && !(interruption == Interruption.Cancel && InterruptionRecognizer.RefusesToGoOn(turn.Activity.Text)))
        {
            // A meaning of the question asked wins over the global one, but not over a refusal to go on.
            interruption = Interruption.None;
        }
        switch (interruption)
        {
            case Interruption.Help:
                var active = dc.ActiveDialog!;
                turn.SendText(dc.FindDialog(active.Id)?.HelpTextKey(dc, active) ?? RuntimeTexts.HelpGeneral);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return;
            case Interruption.Cancel:
                // The flow that was begun says what became of it (the outermost one that has its own words for it).
                var cancelled = dc.Stack.Select(instance => dc.FindDialog(instance.Id)?.CancelledTextKey(dc, instance)).FirstOrDefault(key => key is not null);
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                turn.SendText(cancelled ?? RuntimeTexts.FlowCancelled);
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
        foreach (var instance in Enumerable.Reverse(dc.Stack.ToList()))
        {
            if (dc.FindDialog(instance.Id) is { } owner && await owner.TryCorrectAsync(dc, instance, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        var waiting = dc.ActiveDialog!;
        var dialog = dc.FindDialog(waiting.Id);
        // Whether the message is the question's own answer: read once, for each way below a message may not be.
        if (dialog is null || dialog.Claims(dc, waiting, turn.Activity.Text))
        {
            await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        if (dialog.YieldsToNewRequests(dc, waiting) && frontDoor.IsNewRequest(dc))
        {
            // "cảm ơn ạ" where a code was asked: the lookup is put away and the message answered as it was meant.
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            await frontDoor.RouteAsync(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        if ((dialog.AcceptsAsides || dialog.AcceptsQuestionsAboutTheService)
            && await frontDoor.AnswerAsideAsync(dc, aboutTheServiceOnly: !dialog.AcceptsAsides, cancellationToken).ConfigureAwait(false))
        {
            // Answered on the side: the flow's question again, and the attempt is not counted.
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        if (frontDoor.CourtesyReply(dc) is { } courtesy)
        {
            // "Xin cảm ơn quý cơ quan" where a time was asked: thanked in kind, told the flow is not done, not counted.
            turn.SendText(courtesy);
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An event the service raised (not the resident's doing). A flow the resident is in keeps them busy; a stale
    /// flow, or numbered next steps any message replaces, does not and is put away. A flow the event begins starts
    /// its idle clock now, or the resident's answer hours later would find it expired.
    /// </summary>
    private async Task RunEventAsync(DialogContext dc, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stale = state.LastActivityAt is { } last && now - last > idleTimeout;
        var busy = !stale && (state.ConfirmingLeave || dc.Stack.Any(i => dc.FindDialog(i.Id)?.KeepsResidentBusy != false));
        if (!busy && dc.Stack.Count > 0)
        {
            dc.Stack.Clear();
        }
        await frontDoor.HandleEventAsync(dc, busy, cancellationToken).ConfigureAwait(false);
        if (!busy && dc.Stack.Count > 0)
        {
            state.LastActivityAt = now;
            state.ConfirmingLeave = false;
        }
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
