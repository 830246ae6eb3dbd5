using System.Globalization;
using ChatAssistant.Features.Officers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Sending: now, or at <c>sendAt</c> through a Quartz job; starting fixes the recipients.</summary>
public sealed partial class BroadcastDesk
{
    /// <summary>Starts the notice now, or schedules it when its <c>sendAt</c> is ahead.</summary>
    public async Task<BroadcastOutcome> SendAsync(Officer officer, string oaId, long id)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (Find(oaId, id) is not { } broadcast)
        {
            return BroadcastOutcome.Refused(BroadcastRefusal.NotFound);
        }
        if (SendRefusal(broadcast) is { } refused)
        {
            return BroadcastOutcome.Refused(refused);
        }
        if (broadcast.SendAt is { } ms && DateTimeOffset.FromUnixTimeMilliseconds(ms) is var at && at > clock.GetUtcNow())
        {
            return await ScheduleAsync(officer, broadcast, at).ConfigureAwait(false);
        }
        return await writer.WriteAsync((connection, transaction) =>
        {
            if (Find(connection, transaction, oaId, id) is not { } current || SendRefusal(current) is { } late)
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.WrongStatus);
            }
            Start(connection, transaction, current, officer.RecordedId, officer.Name);
            return BroadcastOutcome.Done(id, BroadcastStatus.Sending);
        }).ConfigureAwait(false);
    }

    /// <summary>The Quartz job's call at <c>sendAt</c>: starts the notice if it is still scheduled.</summary>
    public Task StartScheduledAsync(long id) =>
        writer.WriteAsync((connection, transaction) =>
        {
            if (BroadcastStore.Find(connection, transaction, id) is { Status: BroadcastStatus.Scheduled } broadcast)
            {
                Start(connection, transaction, broadcast, null, AuditLog.SystemActor);
            }
        });

    private async Task<BroadcastOutcome> ScheduleAsync(Officer officer, Broadcast broadcast, DateTimeOffset at)
    {
        // The job first: a job without a scheduled notice does nothing when it fires, a scheduled notice without a job would never start.
        await schedule.ScheduleAsync(broadcast.Id, at).ConfigureAwait(false);
        var outcome = await writer.WriteAsync((connection, transaction) =>
        {
            if (Find(connection, transaction, broadcast.OaId, broadcast.Id) is not { } current || SendRefusal(current) is not null
                || !BroadcastStore.Move(connection, transaction, broadcast.Id, [current.Status], BroadcastStatus.Scheduled, Now()))
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.WrongStatus);
            }
            Audit(connection, transaction, officer, "broadcasts.schedule", broadcast.OaId, broadcast.Id,
                string.Create(CultureInfo.InvariantCulture, $"at={at:O}"));
            return BroadcastOutcome.Done(broadcast.Id, BroadcastStatus.Scheduled);
        }).ConfigureAwait(false);
        // A second send of the same notice racing the first is refused here; the job then belongs to the first, which
        // did schedule the notice: remove it only when nothing is scheduled.
        if (outcome.Refusal is not null && Find(broadcast.OaId, broadcast.Id) is not { Status: BroadcastStatus.Scheduled })
        {
            await schedule.UnscheduleAsync(broadcast.Id).ConfigureAwait(false);
        }
        return outcome;
    }

    /// <summary>Fixes the recipients and starts sending, in the caller's transaction; the sender takes it from there.</summary>
    private void Start(SqliteConnection connection, SqliteTransaction transaction, Broadcast broadcast, long? officerId, string actor)
    {
        var now = clock.GetUtcNow();
        var count = audience.Fix(connection, transaction, broadcast, now);
        BroadcastStore.Started(connection, transaction, broadcast.Id, count.Matched, count.OutOfWindow, now.ToUnixTimeMilliseconds());
        audit.Write(connection, transaction, officerId, actor, "broadcasts.send", broadcast.OaId, Subject(broadcast.Id), Counts(count));
        LogStarted(logger, broadcast.Id, broadcast.OaId, count.Matched, count.OutOfWindow);
    }

    private BroadcastRefusal? SendRefusal(Broadcast broadcast) => broadcast.Status switch
    {
        BroadcastStatus.Approved => null,
        BroadcastStatus.Draft when options.Value.RequiresApproval(broadcast.OaId) => BroadcastRefusal.NeedsApproval,
        BroadcastStatus.Draft => null,
        _ => BroadcastRefusal.WrongStatus,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {BroadcastId} of {OaId} started: {Recipients} recipients, {OutOfWindow} out of the window")]
    private static partial void LogStarted(ILogger logger, long broadcastId, string oaId, long recipients, long outOfWindow);
}
