using System.Globalization;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Features.Officers;
using ChatAssistant.Host.Booking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Broadcasts;

public static class BroadcastEndpoints
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;

    /// <summary>Officers compose notices, preview, approve, send or schedule them, pause, resume, cancel, and follow delivery.</summary>
    /// <remarks>A notice of an account the officer may not see answers 404, never 403: its existence is not theirs to know.</remarks>
    public static IEndpointRouteBuilder MapBroadcastEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/broadcasts").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapPost("/", ComposeAsync);
        group.MapGet("/", List);
        group.MapGet("/{id:long}", Report);
        group.MapPost("/{id:long}/preview", PreviewAsync);
        group.MapPost("/{id:long}/approve", ApproveAsync);
        group.MapPost("/{id:long}/send", SendAsync);
        group.MapPost("/{id:long}/pause", PauseAsync);
        group.MapPost("/{id:long}/resume", ResumeAsync);
        group.MapPost("/{id:long}/cancel", CancelAsync);
        return app;
    }

    private static async Task<Results<Created<BroadcastState>, NotFound, ValidationProblem>> ComposeAsync(
        NewBroadcastBody body, HttpContext context, BroadcastDesk desk)
    {
        var officer = context.GetOfficer();
        if (body.OaId is not { } oaId || !officer.CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        var notice = new NewBroadcast(oaId, body.Title ?? "", body.Text ?? "", body.ImageUrl, body.Link, body.Category ?? "",
            body.Target ?? new BroadcastTarget(), body.SendAt, body.Urgent);
        var outcome = await desk.ComposeAsync(officer, notice);
        return outcome is { Refusal: null, Id: { } id }
            ? TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/admin/broadcasts/{id}?oaId={oaId}"), new BroadcastState(id, outcome.Status!))
            : Invalid(outcome.Field ?? "body", outcome.Problem ?? "Invalid notice.");
    }

    private static Results<Ok<IReadOnlyList<BroadcastListItem>>, NotFound, ValidationProblem> List(
        string? oaId, int? limit, long? before, HttpContext context, BroadcastStore store)
    {
        if (oaId is null || !context.GetOfficer().CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        if (limit is < 1 or > MaxLimit)
        {
            return Invalid("limit", string.Create(CultureInfo.InvariantCulture, $"From 1 to {MaxLimit}."));
        }
        return TypedResults.Ok<IReadOnlyList<BroadcastListItem>>([.. store.List(oaId, limit ?? DefaultLimit, before).Select(BroadcastListItem.From)]);
    }

    private static Results<Ok<BroadcastReport>, NotFound> Report(long id, string? oaId, HttpContext context, BroadcastReports reports) =>
        oaId is not null && context.GetOfficer().CanSee(oaId) && reports.Find(oaId, id) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<BroadcastPreview>, NotFound>> PreviewAsync(long id, string? oaId, HttpContext context, BroadcastDesk desk)
    {
        var officer = context.GetOfficer();
        return oaId is not null && officer.CanSee(oaId) && await desk.PreviewAsync(officer, oaId, id) is { } preview
            ? TypedResults.Ok(preview)
            : TypedResults.NotFound();
    }

    private static Task<Results<Ok<BroadcastState>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> ApproveAsync(
        long id, string? oaId, HttpContext context, BroadcastDesk desk) =>
        ActAsync(oaId, context, (officer, account) => desk.ApproveAsync(officer, account, id));

    private static Task<Results<Ok<BroadcastState>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> SendAsync(
        long id, string? oaId, HttpContext context, BroadcastDesk desk) =>
        ActAsync(oaId, context, (officer, account) => desk.SendAsync(officer, account, id));

    private static Task<Results<Ok<BroadcastState>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> PauseAsync(
        long id, string? oaId, HttpContext context, BroadcastDesk desk) =>
        ActAsync(oaId, context, (officer, account) => desk.PauseAsync(officer, account, id));

    private static Task<Results<Ok<BroadcastState>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> ResumeAsync(
        long id, string? oaId, HttpContext context, BroadcastDesk desk) =>
        ActAsync(oaId, context, (officer, account) => desk.ResumeAsync(officer, account, id));

    private static Task<Results<Ok<BroadcastState>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> CancelAsync(
        long id, string? oaId, HttpContext context, BroadcastDesk desk) =>
        ActAsync(oaId, context, (officer, account) => desk.CancelAsync(officer, account, id));

    private static async Task<Results<Ok<BroadcastState>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> ActAsync(
        string? oaId, HttpContext context, Func<Officer, string, Task<BroadcastOutcome>> action)
    {
        var officer = context.GetOfficer();
        if (oaId is null || !officer.CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        var outcome = await action(officer, oaId);
        return outcome.Refusal switch
        {
            null => TypedResults.Ok(new BroadcastState(outcome.Id!.Value, outcome.Status!)),
            BroadcastRefusal.NotFound => TypedResults.NotFound(),
            BroadcastRefusal.WrongStatus => TypedResults.Conflict(new ProblemMessage("wrong-status",
                "draft → (approved) → scheduled → sending ⇄ paused → sent; anything not sent may be cancelled.")),
            BroadcastRefusal.NeedsApproval => TypedResults.Conflict(new ProblemMessage("needs-approval",
                "This account's notices are approved by a leader before they are sent.")),
            BroadcastRefusal.NotLeader => TypedResults.Conflict(new ProblemMessage("not-leader", "Only a leader approves notices.")),
            BroadcastRefusal.OwnNotice => TypedResults.Conflict(new ProblemMessage("own-notice", "A notice is approved by someone other than its author.")),
            BroadcastRefusal.Invalid => Invalid(outcome.Field ?? "body", outcome.Problem ?? "Invalid."),
            _ => throw new InvalidOperationException($"Unmapped refusal {outcome.Refusal}."),
        };
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
