using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Features.Handoffs;

/// <summary>Once a minute, gives residents whose hand-off timed out back to the bot, and tells them so.</summary>
public sealed partial class HandoffExpiry(HandoffDesk desk, TimeProvider clock, ILogger<HandoffExpiry> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckEvery, clock);
        do
        {
            try
            {
                var closed = await desk.CloseExpiredAsync().ConfigureAwait(false);
                if (closed > 0)
                {
                    LogClosed(logger, closed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again; a failed sweep must not stop the host.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} hand-offs that timed out")]
    private static partial void LogClosed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing timed-out hand-offs failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
