using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Storage;

/// <summary>
/// A purge of what is kept no longer than its retention: run at start and then every <see cref="RunEvery"/>. A run that
/// fails is logged and the next one tries again, for a failed purge must not stop the host.
/// </summary>
public abstract partial class PeriodicPurge(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The service's clock, which the purge's cutoffs are read from.</summary>
    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    /// <summary>How often the purge runs: hourly unless a retention asks for more.</summary>
    public virtual TimeSpan RunEvery => TimeSpan.FromHours(1);

    /// <summary>Purges everything past retention; returns how many rows went.</summary>
    public abstract Task<int> PurgeAsync(CancellationToken cancellationToken = default);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RunEvery, Clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(Logger, ex, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Runs <paramref name="step"/> (a delete or update of at most <paramref name="rowsPerWrite"/> rows) one write at a time
    /// until it changes fewer, so webhooks and turns get their writes in between; returns how many rows it changed in all.
    /// </summary>
    protected static async Task<int> InBatchesAsync(
        SqliteWriter writer, int rowsPerWrite, Func<SqliteConnection, SqliteTransaction, int> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var total = 0;
        int changed;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed = await writer.WriteAsync(step).ConfigureAwait(false);
            total += changed;
        }
        while (changed == rowsPerWrite);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Purge} failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string purge);
}
