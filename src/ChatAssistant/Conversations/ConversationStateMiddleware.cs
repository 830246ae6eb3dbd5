using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversations;

/// <summary>Loads the resident's conversation before the turn and saves it, version-checked, with the turn.</summary>
/// <remarks>
/// A turn of a private flow (<see cref="FlowTraces"/>) leaves the resident's record alone, and the flow hands the
/// conversation back as it found it: when the resident last wrote and what was last discussed are put back as the
/// flow ends, and a conversation the flow began is removed again. Only its dialogs' own doing stays (a flow it
/// handed over to). So nothing tells a resident who reported from one who was silent meanwhile.
/// </remarks>
public sealed class ConversationStateMiddleware(ConversationStateStore states, ResidentStore residents) : ITurnMiddleware
{
    private const string StateKey = "chatassistant.conversation";

    public static StoredConversation Of(ITurnContext turn) => (StoredConversation)turn.TurnState[StateKey];

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        var stored = states.Load(oaId, userId);
        var asLoaded = new PrivateFlowEntry(stored.State.LastActivityAt, stored.State.Topic, Existed: stored.Version != 0);
        turn.TurnState[StateKey] = stored;
        await next(cancellationToken).ConfigureAwait(false);
        if (FlowTraces.Flow(turn) is { } flow)
        {
            SavePrivately(turn, stored, flow, asLoaded);
            return;
        }
        var followed = turn.Activity.Type == Conversation.Activities.ActivityType.Follow ? true : (bool?)null;
        // An event the service raised is not the resident writing: it must not reopen the 7-day window.
        var raisedByService = turn.Activity.Type == Conversation.Activities.ActivityType.Event;
        // An entry left by a flow that ended outside a turn (a redeploy that removed its dialog) is not kept.
        stored.PrivateEntry = null;
        turn.Save((connection, transaction) =>
        {
            ConversationStateStore.Save(connection, transaction, oaId, userId, stored);
            residents.Record(connection, transaction, oaId, userId, interacted: !raisedByService, following: followed);
        });
    }

    private static void SavePrivately(ITurnContext turn, StoredConversation stored, PrivateFlow flow, PrivateFlowEntry asLoaded)
    {
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        var state = stored.State;
        // A flow that ended some other way (a welcome that cleared the stack) left its entry: it is put back now.
        var entry = flow.Begins ? asLoaded : stored.PrivateEntry ?? asLoaded;
        if (flow.After)
        {
            stored.PrivateEntry = entry;
            turn.Save((connection, transaction) => ConversationStateStore.Save(connection, transaction, oaId, userId, stored));
            return;
        }
        // The flow ends: its clock and its asides go; a flow left waiting below it keeps its own clock, so it may expire.
        state.LastActivityAt = entry.LastActivityAt;
        state.Topic = entry.Topic;
        stored.PrivateEntry = null;
        if (!entry.Existed && state.DialogStack.Count == 0 && !state.ConfirmingLeave)
        {
            turn.Save((connection, transaction) => ConversationStateStore.Delete(connection, transaction, oaId, userId, stored));
            return;
        }
        turn.Save((connection, transaction) => ConversationStateStore.Save(connection, transaction, oaId, userId, stored));
    }
}
