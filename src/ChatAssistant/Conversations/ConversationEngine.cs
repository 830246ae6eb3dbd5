using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Messaging.Dispatch;

namespace ChatAssistant.Conversations;

/// <summary>
/// The turn handler: loads the resident's conversation, runs the middleware and the dialogs,
/// and hands the replies and every state change to the turn's single transaction.
/// </summary>
public sealed class ConversationEngine(
    ConversationRunner runner,
    FrontDoor frontDoor,
    ResidentStore residents,
    HandoffStore handoffs,
    TurnPipeline pipeline,
    ITextCatalog texts,
    TimeProvider clock,
    IServiceProvider services) : ITurnHandler
{
    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        // Echoes, receipts and reactions are stored without words at the webhook and never dispatched; a row from
        // before that, or a staff member's message typed in Zalo's own tools, needs no answer.
        if (activity.Type is ActivityType.Echo or ActivityType.Receipt or ActivityType.Reaction or ActivityType.Unknown or ActivityType.StaffMessage)
        {
            return;
        }
        var (oaId, userId) = (activity.AccountId, activity.UserId);
        if (activity.Type == ActivityType.Unfollow)
        {
            turn.Save((connection, transaction) => residents.Record(connection, transaction, oaId, userId, interacted: false, following: false));
            return;
        }

        var context = new TurnContext(activity, texts, clock, services);
        TurnWrites.Attach(context, turn);
        await pipeline.RunAsync(context, RunBotAsync, cancellationToken).ConfigureAwait(false);
        foreach (var message in context.Sent)
        {
            turn.Send(message);
        }
    }

    private async Task RunBotAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var state = ConversationStateMiddleware.Of(turn).State;
        // A turn that continues, ends or begins a private flow: its words stay only where that flow sealed them.
        // Marked before anything runs, so a turn that fails half-way is parked without its words too.
        var privateBefore = HoldsPrivateDialog(state);
        if (privateBefore)
        {
            turn.KeepPrivate(before: true, after: true);
        }
        try
        {
            if (activity.Type != ActivityType.Event && handoffs.FindOpen(activity.AccountId, activity.UserId) is { } handoff
                && !frontDoor.ContinueHandoff(turn, handoff, inFlow: state.DialogStack.Any(i => runner.Dialogs.Find(i.Id)?.KeepsResidentBusy != false)))
            {
                return;
            }
            if (activity.Type is ActivityType.Follow or ActivityType.ConversationStart)
            {
                await frontDoor.WelcomeAsync(new DialogContext(runner.Dialogs, turn, state.DialogStack), cancellationToken).ConfigureAwait(false);
                return;
            }
            await runner.RunAsync(turn, state, cancellationToken).ConfigureAwait(false);
        }
        catch (SealedStateLostException)
        {
            // Retrying cannot help: the key is gone. Start the resident over, as after a redeploy that changed a flow.
            state.DialogStack.Clear();
            state.ConfirmingLeave = false;
            turn.SendText(RuntimeTexts.FlowRestarted);
            await frontDoor.ShowMenuAsync(new DialogContext(runner.Dialogs, turn, state.DialogStack), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Whichever way the turn went (a welcome, a hand-off, a failure after a private flow began): a turn that
            // ends or begins a private flow is kept as one.
            var privateAfter = HoldsPrivateDialog(state);
            if (privateBefore || privateAfter || turn.BeganPrivateDialog)
            {
                turn.KeepPrivate(privateBefore, privateAfter);
            }
        }
    }

    private bool HoldsPrivateDialog(Conversation.Runtime.ConversationState state) =>
        state.DialogStack.Any(instance => runner.Dialogs.Find(instance.Id)?.IsPrivate == true);
}
