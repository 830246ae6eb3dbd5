using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Booking;

public static class QueueEndpoints
{
    /// <summary>The counters' queue of the day: list, call the next ticket, served, no-show, walk-in tickets.</summary>
    public static IEndpointRouteBuilder MapQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/queue").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapGet("/", List);
        group.MapPost("/call-next", CallNextAsync);
        group.MapPost("/{id:long}/served", ServedAsync);
        group.MapPost("/{id:long}/no-show", NoShowAsync);
        group.MapPost("/walk-ins", WalkInAsync);
        return app;
    }

    /// <remarks>Without a date, today in Vietnam.</remarks>
    private static Results<Ok<IReadOnlyList<QueueEntry>>, NotFound> List(
        string? oaId, DateOnly? date, string? counterId, HttpContext context, QueueDesk queue, TimeProvider clock) =>
        oaId is not null && context.GetOfficer().CanSee(oaId)
            ? TypedResults.Ok(queue.List(oaId, date ?? VietnamTime.Today(clock), counterId))
            : TypedResults.NotFound();

    /// <remarks>204 when nobody of that counter is due yet.</remarks>
    private static async Task<Results<Ok<QueueEntry>, NoContent, NotFound>> CallNextAsync(
        string? oaId, string? counterId, HttpContext context, BookingCalendar calendar, QueueDesk queue)
    {
        var officer = context.GetOfficer();
        if (oaId is null || counterId is null || !officer.CanSee(oaId) || calendar.For(oaId)?.Counter(counterId) is null)
        {
            return TypedResults.NotFound();
        }
        return await queue.CallNextAsync(officer, oaId, counterId) is { } next ? TypedResults.Ok(next) : TypedResults.NoContent();
    }

    private static Task<Results<Ok<QueueEntry>, NotFound>> ServedAsync(long id, string? oaId, HttpContext context, QueueDesk queue) =>
        FinishAsync(id, oaId, context, queue, AppointmentStatus.Served);

    private static Task<Results<Ok<QueueEntry>, NotFound>> NoShowAsync(long id, string? oaId, HttpContext context, QueueDesk queue) =>
        FinishAsync(id, oaId, context, queue, AppointmentStatus.NoShow);

    private static async Task<Results<Ok<QueueEntry>, NotFound>> FinishAsync(long id, string? oaId, HttpContext context, QueueDesk queue, AppointmentStatus outcome)
    {
        var officer = context.GetOfficer();
        return oaId is not null && officer.CanSee(oaId) && await queue.FinishAsync(officer, oaId, id, outcome) is { } entry
            ? TypedResults.Ok(entry)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Created<QueueEntry>, NotFound>> WalkInAsync(NewWalkIn body, HttpContext context, QueueDesk queue)
    {
        var officer = context.GetOfficer();
        return body.OaId is { } oaId && body.ServiceId is { } serviceId && officer.CanSee(oaId)
            && await queue.WalkInAsync(officer, oaId, serviceId) is { } ticket
            ? TypedResults.Created($"/api/admin/queue?oaId={oaId}", ticket)
            : TypedResults.NotFound();
    }
}
