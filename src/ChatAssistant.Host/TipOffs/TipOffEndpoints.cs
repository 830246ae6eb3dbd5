using System.Globalization;
using System.Text.Json;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs.Desk;
using ChatAssistant.Host.Booking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.TipOffs;

public static class TipOffEndpoints
{
    private static readonly JsonSerializerOptions HandoverJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Officers work the tip-off inbox of their accounts: list, open (audited), assign, workflow, notes, questions, export.</summary>
    /// <remarks>A report of an account the officer may not see answers 404, never 403: its existence is not theirs to know.</remarks>
    public static IEndpointRouteBuilder MapTipOffEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/tipoffs").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapGet("/", List);
        group.MapGet("/{id:long}", OpenAsync);
        group.MapPost("/{id:long}/assign", AssignAsync);
        group.MapPost("/{id:long}/status", ChangeStatusAsync);
        group.MapPost("/{id:long}/notes", AddNoteAsync);
        group.MapPost("/{id:long}/questions", AskAsync);
        group.MapGet("/{id:long}/export", ExportAsync);
        return app;
    }

    /// <remarks><paramref name="from"/> and <paramref name="to"/> bound the time received; <paramref name="before"/> pages by id.</remarks>
    private static Results<Ok<IReadOnlyList<TipOffSummary>>, NotFound, ValidationProblem> List(
        string? oaId, string? status, string? category, DateTimeOffset? from, DateTimeOffset? to, int? limit, long? before,
        HttpContext context, TipOffDesk desk)
    {
        if (oaId is null || !context.GetOfficer().CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        if (status is not null && !TipOffWorkflow.IsKnown(status))
        {
            return Invalid("status", $"One of {string.Join(", ", TipOffWorkflow.All)}.");
        }
        if (limit is < 1 or > TipOffListQuery.MaxLimit)
        {
            return Invalid("limit", string.Create(CultureInfo.InvariantCulture, $"From 1 to {TipOffListQuery.MaxLimit}."));
        }
        var query = new TipOffListQuery(status, category, from, to, limit ?? TipOffListQuery.DefaultLimit, before);
        return TypedResults.Ok(desk.List(oaId, query));
    }

    private static async Task<Results<Ok<TipOffCase>, NotFound>> OpenAsync(long id, string? oaId, HttpContext context, TipOffDesk desk)
    {
        var officer = context.GetOfficer();
        if (oaId is null || !officer.CanSee(oaId) || await desk.OpenAsync(officer, oaId, id) is not { } opened)
        {
            return TypedResults.NotFound();
        }
        NoStore(context);
        return TypedResults.Ok(opened);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(long id, string? oaId, HttpContext context, TipOffDesk desk)
    {
        var officer = context.GetOfficer();
        if (oaId is null || !officer.CanSee(oaId) || await desk.ExportAsync(officer, oaId, id) is not { } handover)
        {
            return TypedResults.NotFound();
        }
        NoStore(context);
        var name = string.Create(CultureInfo.InvariantCulture, $"tin-bao-{id}.json");
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(handover, HandoverJson), "application/json", name);
    }

    private static Task<Results<Ok<TipOffNoteCreated>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> AssignAsync(
        long id, string? oaId, TipOffAssignment body, HttpContext context, TipOffDesk desk) =>
        ActAsync(body.OaId ?? oaId, context, (officer, account) => desk.AssignAsync(officer, account, id, body.OfficerId));

    private static Task<Results<Ok<TipOffNoteCreated>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> ChangeStatusAsync(
        long id, string? oaId, TipOffStatusChange body, HttpContext context, TipOffDesk desk) =>
        ActAsync(body.OaId ?? oaId, context, (officer, account) => desk.ChangeStatusAsync(officer, account, id, body.Status, body.Note));

    private static Task<Results<Ok<TipOffNoteCreated>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> AddNoteAsync(
        long id, string? oaId, TipOffText body, HttpContext context, TipOffDesk desk) =>
        ActAsync(body.OaId ?? oaId, context, (officer, account) => desk.AddNoteAsync(officer, account, id, body.Text));

    private static Task<Results<Ok<TipOffNoteCreated>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> AskAsync(
        long id, string? oaId, TipOffText body, HttpContext context, TipOffDesk desk) =>
        ActAsync(body.OaId ?? oaId, context, (officer, account) => desk.AskAsync(officer, account, id, body.Text));

    private static async Task<Results<Ok<TipOffNoteCreated>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> ActAsync(
        string? oaId, HttpContext context, Func<Officer, string, Task<DeskOutcome>> action)
    {
        var officer = context.GetOfficer();
        if (oaId is null || !officer.CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        var outcome = await action(officer, oaId);
        return outcome.Refusal switch
        {
            null => TypedResults.Ok(new TipOffNoteCreated(outcome.NoteId!.Value)),
            DeskRefusal.NotFound => TypedResults.NotFound(),
            DeskRefusal.Closed => TypedResults.Conflict(new ProblemMessage("closed", "The report is closed: its status is final.")),
            DeskRefusal.NotAllowed => TypedResults.Conflict(new ProblemMessage("not-allowed",
                "The workflow is new → verifying → handled / transferred / rejected; new may also go to transferred or rejected.")),
            DeskRefusal.UnknownStatus => Invalid("status", $"One of {string.Join(", ", TipOffWorkflow.All)}."),
            DeskRefusal.NoteRequired => Invalid("note", "Transferred needs where to, rejected needs why."),
            DeskRefusal.EmptyText => Invalid("text", "A text is required."),
            DeskRefusal.TextTooLong => Invalid("text", string.Create(CultureInfo.InvariantCulture, $"At most {TipOffDesk.MaxTextLength} characters.")),
            DeskRefusal.UnknownOfficer => Invalid("officerId", "No enabled officer of this account has that id."),
            _ => throw new InvalidOperationException($"Unmapped refusal {outcome.Refusal}."),
        };
    }

    /// <summary>A report's words must not stay in a browser's or a proxy's cache.</summary>
    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
