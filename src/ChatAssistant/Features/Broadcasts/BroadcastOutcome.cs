namespace ChatAssistant.Features.Broadcasts;

/// <summary>What came of an officer's action: the notice and its status now, or why it was refused.</summary>
public sealed record BroadcastOutcome(long? Id, string? Status, BroadcastRefusal? Refusal, string? Field = null, string? Problem = null)
{
    public static BroadcastOutcome Done(long id, string status) => new(id, status, null);

    public static BroadcastOutcome Refused(BroadcastRefusal refusal) => new(null, null, refusal);

    public static BroadcastOutcome Invalid(string field, string problem) => new(null, null, BroadcastRefusal.Invalid, field, problem);
}
