using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Starts a scheduled notice at its <c>sendAt</c>; kept in the Quartz store, so it survives a restart.</summary>
/// <remarks>Misfires fire now: a notice due while the service was down starts at start-up (quiet hours still apply).</remarks>
[DisallowConcurrentExecution]
public sealed partial class BroadcastStartJob(BroadcastDesk desk, ILogger<BroadcastStartJob> logger) : IJob
{
    public const string BroadcastIdKey = "broadcastId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.MergedJobDataMap.TryGetValue(BroadcastIdKey, out var value) ? value?.ToString() : null;
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            LogUnreadable(logger, context.JobDetail.Key.ToString());
            return;
        }
        await desk.StartScheduledAsync(id).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Broadcast job {JobKey} has unreadable job data; dropped")]
    private static partial void LogUnreadable(ILogger logger, string jobKey);
}
