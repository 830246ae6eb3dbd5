using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.Surveys;
using ChatAssistant.Conversation.Recognizers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Surveys;

public static class SatisfactionEndpoints
{
    /// <summary>The satisfaction index per service and month, for the unit's reports.</summary>
    public static IEndpointRouteBuilder MapSatisfactionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/satisfaction").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapGet("/", Get);
        return app;
    }

    /// <param name="from">First day counted (yyyy-MM-dd, Vietnam); by default the first day of the month eleven months ago.</param>
    /// <param name="to">Last day counted, included; by default today.</param>
    private static Results<Ok<List<SatisfactionRow>>, NotFound, ValidationProblem> Get(
        string? oaId, DateOnly? from, DateOnly? to, HttpContext context, AccountDirectory accounts, SurveyStore surveys, TimeProvider clock)
    {
        if (oaId is null || !accounts.Serves(oaId) || !context.GetOfficer().CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        var today = VietnamTime.Today(clock);
        var first = from ?? new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var last = to ?? today;
        if (last < first)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["'to' must not be before 'from'."] });
        }
        var start = VietnamTime.At(first, TimeOnly.MinValue);
        var end = VietnamTime.At(last.AddDays(1), TimeOnly.MinValue);
        return TypedResults.Ok(surveys.Index(oaId, start, end).ToList());
    }
}
