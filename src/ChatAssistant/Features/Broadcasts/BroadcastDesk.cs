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
            if (!BroadcastStore.Move(connection, transaction, id, BroadcastStatus.Open, BroadcastStatus.Cancelled, Now()))
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

    private Broadcast? Find(string oaId, long id) => store.Find(id) is { } found && found.OaId == oaId ? found : null;

    private static Broadcast? Find(SqliteConnection connection, SqliteTransaction transaction, string oaId, long id) =>
        BroadcastStore.Find(connection, transaction, id) is { } found && found.OaId == oaId ? found : null;

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private void Audit(SqliteConnection connection, SqliteTransaction transaction, Officer officer, string action, string oaId, long id, string? detail) =>
        audit.Write(connection, transaction, officer.RecordedId, officer.Name, action, oaId, Subject(id), detail);

    private static string Subject(long id) => string.Create(CultureInfo.InvariantCulture, $"broadcast:{id}");

    private static string Counts(AudienceCount count) =>
        string.Create(CultureInfo.InvariantCulture, $"recipients={count.Matched}; outOfWindow={count.OutOfWindow}");
}
