using ChatAssistant.Messaging.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Messaging.Dispatch;

/// <summary>Reads pending envelopes in arrival order and runs their turns in per-resident lanes.</summary>
/// <remarks>
/// The claim on an envelope is this process's cursor: a row stays 'pending' until its turn
/// commits, so after a crash or a restart the cursor starts from zero and every unfinished turn
/// is run again. One process owns a SQLite database, so no cross-process claim is needed.
/// </remarks>
public sealed partial class InboxDispatcher(
    MessageInbox inbox,
    TurnRunner turns,
    IOptions<MessagingOptions> options,
    ILogger<InboxDispatcher> logger) : BackgroundService
{
    /// <summary>True while the loop runs; the health check reports it.</summary>
    // Derived from the loop's task: it is set as soon as the service starts and ends when the loop does.
    public bool IsRunning => ExecuteTask is { IsCompleted: false };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var lanes = new LaneScheduler<InboxMessage>(settings.MaxConcurrentTurns, turns.RunAsync, logger, stoppingToken);
        try
        {
            await lanes.FeedAsync(
                inbox.ReadPendingIncoming, e => (e.Id, $"{e.OaId}:{e.UserId}"), inbox.Arrived, settings.MaxQueuedTurns, settings.PollInterval)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
        catch (Exception ex)
        {
            LogStopped(logger, ex);
            throw;
        }
        finally
        {
            // Let turns in progress finish or cancel before the database writer goes away.
            await lanes.WhenRunningAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The inbox dispatcher stopped")]
    private static partial void LogStopped(ILogger logger, Exception exception);
}
