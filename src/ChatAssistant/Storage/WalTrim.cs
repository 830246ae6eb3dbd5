using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Storage;

/// <summary>
/// Folds the write-ahead log into the database and truncates it, soon after something asked: <c>secure_delete</c> zeroes
/// what was removed from the database file, but the WAL keeps old page images (a tip-off's words before they were
/// redacted) until it is overwritten. Asked after private turns; at most one trim per <see cref="Pause"/>.
/// </summary>
public sealed partial class WalTrim(SqliteConnectionFactory connections, TimeProvider clock, ILogger<WalTrim> logger) : BackgroundService
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    private readonly WakeSignal _asked = new();

    /// <summary>Asks for a trim; cheap, and many asks in a burst make one trim.</summary>
    public void Request() => _asked.Notify();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _asked.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken).ConfigureAwait(false);
            await Task.Delay(Pause, clock, stoppingToken).ConfigureAwait(false);
            try
            {
                if (!Trim())
                {
                    // Readers held old pages: try again shortly rather than leave the words in the WAL.
                    _asked.Notify();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A trim must never stop the host; the next request tries again.
                LogFailed(logger, ex);
                _asked.Notify();
            }
        }
    }

    /// <summary>Checkpoints and truncates now; false when readers or the writer kept it from finishing.</summary>
    /// <remarks>
    /// While it waits for readers a TRUNCATE checkpoint holds off writers, so it waits only briefly: the single
    /// writer (webhooks, turns) must not queue behind it. A busy checkpoint reports busy rather than failing.
    /// </remarks>
    public bool Trim()
    {
        if (connections.DataSource is "" or ":memory:")
        {
            return true;
        }
        using var connection = connections.OpenForWriting();
        using (var patience = connection.CreateCommand())
        {
            patience.CommandText = "PRAGMA busy_timeout = 100";
            patience.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        // Microsoft.Data.Sqlite retries a busy statement until the command times out: one second at most here.
        command.CommandTimeout = 1;
        try
        {
            using var reader = command.ExecuteReader();
            // One row: busy (1 when it could not finish), frames in the WAL, frames checkpointed.
            return !reader.Read() || reader.GetInt64(0) == 0;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Truncating the write-ahead log failed; it is tried again at the next request")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
