using ChatAssistant.Accounts;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Features.Officers;
using ChatAssistant.Transcripts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Officers;

public static class HandoffEndpoints
{
    /// <summary>Zalo refuses longer texts; refusing here tells the officer, rather than splitting their words.</summary>
    public const int MaxReplyLength = 2000;

    private const int TranscriptLines = 50;

    /// <summary>Officers read the conversations handed to them, reply, and give them back to the bot.</summary>
    /// <remarks>A hand-off of an account the officer may not see answers 404, never 403: its existence is not theirs to know.</remarks>
    public static IEndpointRouteBuilder MapHandoffEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/handoffs").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapGet("/", ListOpen);
        group.MapPost("/{id:long}/messages", ReplyAsync);
        group.MapPost("/{id:long}/release", ReleaseAsync);
        return app;
    }

    private static Ok<List<OpenHandoff>> ListOpen(HttpContext context, AccountDirectory accounts, HandoffStore handoffs, TranscriptStore transcripts)
    {
        var officer = context.GetOfficer();
        var oaIds = officer.Role == OfficerRole.Admin ? accounts.Accounts.Select(a => a.OaId).ToList() : officer.OaIds;
        var open = handoffs.ListOpen([.. oaIds.Where(officer.CanSee)])
            .Select(h => OpenHandoff.From(h, handoffs.ExpiresAt(h), transcripts.Read(h.OaId, h.UserId, TranscriptLines)))
            .ToList();
        return TypedResults.Ok(open);
    }

    private static async Task<Results<Accepted<ReplyAccepted>, NotFound, ValidationProblem>> ReplyAsync(
        long id, OfficerReply body, HttpContext context, HandoffDesk desk)
    {
        var text = body.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxReplyLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [$"A text of 1 to {MaxReplyLength} characters is required."],
            });
        }
        return await desk.ReplyAsync(context.GetOfficer(), id, text) is { } transcriptId
            ? TypedResults.Accepted((string?)null, new ReplyAccepted(transcriptId))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok, NotFound>> ReleaseAsync(long id, HttpContext context, HandoffDesk desk) =>
        await desk.ReleaseAsync(context.GetOfficer(), id) ? TypedResults.Ok() : TypedResults.NotFound();
}
