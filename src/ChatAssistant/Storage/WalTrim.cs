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
                Trim();
            }
            catch (SqliteException ex)
            {
                // Busy past the timeout: the next request (or the next private turn) tries again.
                LogFailed(logger, ex);
            }
        }
    }

    /// <summary>Checkpoints and truncates now; waits for readers and the writer through the busy timeout.</summary>
    public void Trim()
    {
        if (connections.DataSource is "" or ":memory:")
        {
            return;
        }
        using var connection = connections.OpenForWriting();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Truncating the write-ahead log failed; it is tried again at the next request")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
