using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.Reminders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Reminders;

public static class ReminderEndpoints
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(7);
    private static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(92);

    /// <summary>Officers list the reminders no channel could deliver, to call or tell those residents themselves.</summary>
    /// <remarks>An account the officer may not see answers 404, never 403, as the other officer endpoints do.</remarks>
    public static IEndpointRouteBuilder MapReminderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/reminders").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapGet("/undeliverable", ListUndeliverable);
        return app;
    }

    /// <summary>Reminders due in [<paramref name="from"/>, <paramref name="to"/>); by default the last 7 days up to now.</summary>
    private static Results<Ok<List<UndeliverableReminder>>, NotFound, ValidationProblem> ListUndeliverable(
        string? oaId, DateTimeOffset? from, DateTimeOffset? to, HttpContext context, AccountDirectory accounts,
        ReminderDeliveries deliveries, TimeProvider clock)
    {
        if (oaId is null || !accounts.Serves(oaId) || !context.GetOfficer().CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        var end = to ?? clock.GetUtcNow().AddMinutes(1);
        var start = from ?? end - DefaultPeriod;
        if (start >= end || end - start > LongestPeriod)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["from"] = [$"from must be before to, at most {LongestPeriod.TotalDays:0} days apart."],
            });
        }
        var rows = deliveries.List(oaId, ReminderStatus.Undeliverable, start, end);
        return TypedResults.Ok(rows.Select(UndeliverableReminder.From).ToList());
    }
}
