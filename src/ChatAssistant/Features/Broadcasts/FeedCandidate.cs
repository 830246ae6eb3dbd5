namespace ChatAssistant.Features.Broadcasts;

/// <summary>A pending recipient about to be fed, with what the resident's row says now.</summary>
/// <remarks>
/// Mapped by property: on an empty result SQLite reports the computed columns as BLOB, and Dapper then finds no
/// constructor matching (string, byte[], byte[]).
/// </remarks>
internal sealed class FeedCandidate
{
    public string UserId { get; init; } = "";
    public long Following { get; init; }
    public long NoticesOff { get; init; }
}
