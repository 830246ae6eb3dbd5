using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversations;

/// <summary>Loads the resident's conversation before the turn and saves it, version-checked, with the turn.</summary>
public sealed class ConversationStateMiddleware(ConversationStateStore states, ResidentStore residents) : ITurnMiddleware
{
    private const string StateKey = "chatassistant.conversation";

    public static StoredConversation Of(ITurnContext turn) => (StoredConversation)turn.TurnState[StateKey];

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        var stored = states.Load(oaId, userId);
        turn.TurnState[StateKey] = stored;
        await next(cancellationToken).ConfigureAwait(false);
        var followed = turn.Activity.Type == Conversation.Activities.ActivityType.Follow ? true : (bool?)null;
        // An event the service raised is not the resident writing: it must not reopen the 7-day window.
        var raisedByService = turn.Activity.Type == Conversation.Activities.ActivityType.Event;
        // A turn that unlinked an anonymous report records its time to the hour only: to the millisecond it would
        // match the report's own time and name the resident who sent it.
        DateTimeOffset? at = FlowTraces.IsUnlinked(turn) ? FlowTraces.ToTheHour(turn.Clock.GetUtcNow()) : null;
        if (at is not null)
        {
            stored.State.LastActivityAt = at;
        }
        turn.Save((connection, transaction) =>
        {
            states.Save(connection, transaction, oaId, userId, stored, at);
            residents.Record(connection, transaction, oaId, userId, interacted: !raisedByService, following: followed, at);
        });
    }
}
