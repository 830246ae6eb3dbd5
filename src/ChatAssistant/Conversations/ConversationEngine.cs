using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Messaging.Outbox;
using Dapper;

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
        if (activity.Type == ActivityType.Echo)
        {
            // Zalo echoes what the account sent, words and all. The outbox already records it (and forgets what it
            // must, such as a tip-off's receipt code), so the echo keeps neither the words nor whom they went to.
            turn.Save((connection, transaction) => connection.Execute(
                "UPDATE inbox_messages SET body = '{}', user_id = @forgotten WHERE id = @id",
                new { id = turn.InboxId, forgotten = MessageOutbox.ForgottenResident }, transaction));
            return;
        }
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
        if (activity.Type != ActivityType.Event && handoffs.FindOpen(activity.AccountId, activity.UserId) is { } handoff)
        {
            if (!frontDoor.ContinueHandoff(turn, handoff))
            {
                return;
            }
        }
        if (activity.Type is ActivityType.Follow or ActivityType.ConversationStart)
        {
            await frontDoor.WelcomeAsync(new DialogContext(runner.Dialogs, turn, state.DialogStack), cancellationToken).ConfigureAwait(false);
            return;
        }
        var privateBefore = HoldsPrivateDialog(state);
        await runner.RunAsync(turn, state, cancellationToken).ConfigureAwait(false);
        // A turn that began, continued or ended a private flow: its words stay only where that flow sealed them.
        if (privateBefore || HoldsPrivateDialog(state))
        {
            turn.KeepPrivate();
        }
    }

    private bool HoldsPrivateDialog(Conversation.Runtime.ConversationState state) =>
        state.DialogStack.Any(instance => runner.Dialogs.Find(instance.Id)?.IsPrivate == true);
}
