namespace ChatAssistant.Storage;

/// <summary>Where the service keeps its SQLite database, and how hard it holds on to each write.</summary>
public sealed class StorageOptions
{
    public string ConnectionString { get; set; } = "Data Source=data/chatassistant.db";

    /// <summary>
    /// SQLite's synchronous level for writes. FULL makes every commit survive a power cut;
    /// the writer groups many callers into one commit, so FULL stays affordable.
    /// </summary>
    public string Synchronous { get; set; } = "FULL";

    /// <summary>At most this many queued writes share one transaction.</summary>
    public int MaxWriteBatch { get; set; } = 512;
}
