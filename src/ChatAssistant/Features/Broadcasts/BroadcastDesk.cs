using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Officers' actions on notices: compose, preview, approve, send or schedule, pause, resume, cancel; each audited.</summary>
/// <remarks>Audit rows carry ids, counts and the category only: never a notice's words (they may name a wanted or missing person).</remarks>
public sealed partial class BroadcastDesk(
    SqliteWriter writer,
    BroadcastStore store,
    BroadcastAudience audience,
    BroadcastSchedule schedule,
    AuditLog audit,
    IOptions<BroadcastOptions> options,
    TimeProvider clock,
    ILogger<BroadcastDesk> logger)
{
    public async Task<BroadcastOutcome> ComposeAsync(Officer officer, NewBroadcast notice)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(notice);
        if (BroadcastCheck.FirstProblem(notice) is { } problem)
        {
            return BroadcastOutcome.Invalid(problem.Field, problem.Problem);
        }
        var urgent = notice.Urgent ?? BroadcastCategories.UrgentByDefault(notice.Category);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var id = await writer.WriteAsync((connection, transaction) =>
        {
            var id = BroadcastStore.Insert(connection, transaction, notice, urgent, officer.RecordedId, now);
            Audit(connection, transaction, officer, "broadcasts.compose", notice.OaId, id,
                $"category={notice.Category}; urgent={urgent}; scheduled={notice.SendAt is not null}");
            return id;
        }).ConfigureAwait(false);
        return BroadcastOutcome.Done(id, BroadcastStatus.Draft);
    }

    public async Task<BroadcastPreview?> PreviewAsync(Officer officer, string oaId, long id)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (Find(oaId, id) is not { } broadcast)
        {
            return null;
        }
        var count = broadcast.Targeted is { } targeted
            ? new AudienceCount(targeted, broadcast.OutOfWindow ?? 0)
            : audience.Count(oaId, broadcast.ParsedTarget, clock.GetUtcNow());
        await audit.WriteAsync(officer.RecordedId, officer.Name, "broadcasts.preview", oaId, Subject(id),
            Counts(count)).ConfigureAwait(false);
        var message = BroadcastMessage.Compose(broadcast);
        return new BroadcastPreview(id, count.Matched, count.OutOfWindow, count.Reachable,
            message.MediaUrl is null ? "text" : "image", message.Text, message.MediaUrl);
    }

    public async Task<BroadcastOutcome> ApproveAsync(Officer officer, string oaId, long id)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return await writer.WriteAsync((connection, transaction) =>
        {
            if (Find(connection, transaction, oaId, id) is not { } broadcast)
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.NotFound);
            }
            if (!BroadcastLeaders.CanApprove(officer))
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.NotLeader);
            }
            if (BroadcastLeaders.IsAuthor(officer, broadcast))
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.OwnNotice);
            }
            if (!BroadcastStore.Approve(connection, transaction, id, officer.RecordedId, Now()))
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.WrongStatus);
            }
            Audit(connection, transaction, officer, "broadcasts.approve", oaId, id, null);
            return BroadcastOutcome.Done(id, BroadcastStatus.Approved);
        }).ConfigureAwait(false);
    }

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

    public Task<BroadcastOutcome> PauseAsync(Officer officer, string oaId, long id) =>
        MoveAsync(officer, oaId, id, [BroadcastStatus.Sending], BroadcastStatus.Paused, "broadcasts.pause");

    public Task<BroadcastOutcome> ResumeAsync(Officer officer, string oaId, long id) =>
        MoveAsync(officer, oaId, id, [BroadcastStatus.Paused], BroadcastStatus.Sending, "broadcasts.resume");

    /// <summary>Stops the notice: recipients not yet reached are skipped as cancelled; messages already being sent finish.</summary>
    public async Task<BroadcastOutcome> CancelAsync(Officer officer, string oaId, long id)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var outcome = await writer.WriteAsync((connection, transaction) =>
        {
            if (Find(connection, transaction, oaId, id) is null)
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.NotFound);
            }
            string[] open = [BroadcastStatus.Draft, BroadcastStatus.Approved, BroadcastStatus.Scheduled, BroadcastStatus.Sending, BroadcastStatus.Paused];
            if (!BroadcastStore.Move(connection, transaction, id, open, BroadcastStatus.Cancelled, Now()))
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.WrongStatus);
            }
            var withdrawn = BroadcastDelivery.Withdraw(connection, transaction, id, Now());
            Audit(connection, transaction, officer, "broadcasts.cancel", oaId, id, string.Create(CultureInfo.InvariantCulture, $"withdrawn={withdrawn}"));
            return BroadcastOutcome.Done(id, BroadcastStatus.Cancelled);
        }).ConfigureAwait(false);
        if (outcome.Refusal is null)
        {
            await schedule.UnscheduleAsync(id).ConfigureAwait(false);
        }
        return outcome;
    }

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
        if (outcome.Refusal is not null)
        {
            await schedule.UnscheduleAsync(broadcast.Id).ConfigureAwait(false);
        }
        return outcome;
    }

    private async Task<BroadcastOutcome> MoveAsync(Officer officer, string oaId, long id, string[] from, string to, string action)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return await writer.WriteAsync((connection, transaction) =>
        {
            if (Find(connection, transaction, oaId, id) is null)
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.NotFound);
            }
            if (!BroadcastStore.Move(connection, transaction, id, from, to, Now()))
            {
                return BroadcastOutcome.Refused(BroadcastRefusal.WrongStatus);
            }
            Audit(connection, transaction, officer, action, oaId, id, null);
            return BroadcastOutcome.Done(id, to);
        }).ConfigureAwait(false);
    }

    /// <summary>Fixes the recipients and starts sending, in the caller's transaction; the sender takes it from there.</summary>
    private void Start(SqliteConnection connection, SqliteTransaction transaction, Broadcast broadcast, long? officerId, string actor)
    {
        var now = clock.GetUtcNow();
        var count = BroadcastAudience.Fix(connection, transaction, broadcast, now);
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

    private Broadcast? Find(string oaId, long id) => store.Find(id) is { } found && found.OaId == oaId ? found : null;

    private static Broadcast? Find(SqliteConnection connection, SqliteTransaction transaction, string oaId, long id) =>
        BroadcastStore.Find(connection, transaction, id) is { } found && found.OaId == oaId ? found : null;

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private void Audit(SqliteConnection connection, SqliteTransaction transaction, Officer officer, string action, string oaId, long id, string? detail) =>
        audit.Write(connection, transaction, officer.RecordedId, officer.Name, action, oaId, Subject(id), detail);

    private static string Subject(long id) => string.Create(CultureInfo.InvariantCulture, $"broadcast:{id}");

    private static string Counts(AudienceCount count) =>
        string.Create(CultureInfo.InvariantCulture, $"recipients={count.Matched}; outOfWindow={count.OutOfWindow}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {BroadcastId} of {OaId} started: {Recipients} recipients, {OutOfWindow} out of the window")]
    private static partial void LogStarted(ILogger logger, long broadcastId, string oaId, long recipients, long outOfWindow);
}
