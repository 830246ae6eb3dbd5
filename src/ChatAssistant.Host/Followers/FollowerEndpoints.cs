using ChatAssistant.Features.Followers;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Followers;

public static class FollowerEndpoints
{
    private const int DefaultPageSize = 100;

    /// <summary>Officers' view of an account's followers (counts, tags, residents by user id) and their labels on residents.</summary>
    public static IEndpointRouteBuilder MapFollowerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/followers").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapGet("/", List);
        group.MapPost("/tags", ChangeTagAsync);
        return app;
    }

    /// <remarks><paramref name="tag"/> may be written any way residents write it ("TDP 5", "tổ dân phố số 5").</remarks>
    private static Results<Ok<FollowerPage>, NotFound> List(
        string? oaId, string? tag, string? after, int? limit, HttpContext context, FollowerRegistry registry)
    {
        if (oaId is null || !context.GetOfficer().CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        var folded = string.IsNullOrWhiteSpace(tag) ? null : TagName.Fold(tag);
        var size = Math.Clamp(limit ?? DefaultPageSize, 1, FollowerRegistry.MaxPageSize);
        var followers = registry.Page(oaId, folded, after, size);
        var next = followers.Count == size ? followers[^1].UserId : null;
        return TypedResults.Ok(new FollowerPage(oaId, folded, registry.Count(oaId, folded), registry.Tags(oaId), followers, next));
    }

    private static async Task<Results<Ok<TagChange>, NotFound, ValidationProblem>> ChangeTagAsync(
        FollowerLabelling body, HttpContext context, FollowerTagDesk desk)
    {
        var officer = context.GetOfficer();
        if (body.OaId is not { } oaId || !officer.CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        if (string.IsNullOrWhiteSpace(body.Label) || body.Label.Trim().Length > TagName.MaxLabelLength || TagName.Fold(body.Label).Length == 0)
        {
            return Problem("label", $"A label of letters or digits, at most {TagName.MaxLabelLength} characters, e.g. \"Tổ dân phố 5\".");
        }
        if (body.UserIds is not { Count: > 0 and <= FollowerTagDesk.MaxResidents } userIds || userIds.Any(string.IsNullOrWhiteSpace))
        {
            return Problem("userIds", $"Between 1 and {FollowerTagDesk.MaxResidents} user ids of the account's residents.");
        }
        return await desk.ChangeAsync(officer, oaId, body.Label, userIds, body.Remove) is { } change
            ? TypedResults.Ok(change)
            : Problem("label", "The label holds no letters or digits.");
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
