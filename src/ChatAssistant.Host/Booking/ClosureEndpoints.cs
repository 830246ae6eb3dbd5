using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Booking;

public static class ClosureEndpoints
{
    /// <summary>Officers close a day or a session; affected residents are told and offered another day.</summary>
    public static IEndpointRouteBuilder MapClosureEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/closures").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapPost("/", CloseAsync);
        return app;
    }

    private static async Task<Results<Ok<ClosureReport>, NotFound, ValidationProblem>> CloseAsync(
        NewClosure body, HttpContext context, BookingCalendar calendar, OfficeClosures closures, TimeProvider clock)
    {
        var officer = context.GetOfficer();
        if (body.OaId is not { } oaId || !officer.CanSee(oaId) || calendar.For(oaId) is not { } account)
        {
            return TypedResults.NotFound();
        }
        var reason = body.Reason?.Trim();
        var problems = new Dictionary<string, string[]>();
        if (body.Date is null)
        {
            problems["date"] = ["The day to close (yyyy-MM-dd) is required."];
        }
        else if (body.Date < VietnamTime.Today(clock))
        {
            problems["date"] = ["A day that has passed cannot be closed."];
        }
        if (string.IsNullOrEmpty(reason) || reason.Length > 300)
        {
            problems["reason"] = ["A reason of 1 to 300 characters is required: residents read it."];
        }
        if (body.SessionId is { } sessionId && account.Sessions.All(s => s.Id != sessionId))
        {
            problems["sessionId"] = [$"Unknown session; the account's are: {string.Join(", ", account.Sessions.Select(s => s.Id))}."];
        }
        if ((body.From is null) != (body.To is null) || body.From >= body.To)
        {
            problems["from"] = ["Give both from and to (HH:mm, from before to), or neither to close the whole day."];
        }
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }
        var report = await closures.CloseAsync(officer, new ClosureRequest(oaId, body.Date!.Value, body.SessionId, body.From, body.To, reason!));
        return TypedResults.Ok(report);
    }
}
