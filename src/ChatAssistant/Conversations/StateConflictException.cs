namespace ChatAssistant.Conversations;

/// <summary>Another turn saved this state first: the turn is run again on the fresh state instead of overwriting it.</summary>
public sealed class StateConflictException(string table, string oaId, string userId, long expectedVersion)
    : Exception($"{table} of {oaId}/{userId} is no longer at version {expectedVersion}; the turn lost a race and will be retried.");
