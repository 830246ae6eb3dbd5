using System.Globalization;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Booking;

public static class BookingEndpoints
{
    public const string CreateAction = "booking.create";
    public const string CancelAction = "booking.cancel";

    /// <summary>Officers read the day's slots and bookings, book for callers and cancel; the queue and closures follow.</summary>
    /// <remarks>An account the officer may not see answers 404, never 403, as the hand-off endpoints do.</remarks>
    public static IEndpointRouteBuilder MapBookingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapGet("/slots", Slots);
        group.MapGet("/bookings", List);
        group.MapPost("/bookings", CreateAsync);
        group.MapPost("/bookings/{code}/cancel", CancelAsync);
        return app.MapQueueEndpoints().MapClosureEndpoints();
    }

    private static Results<Ok<List<SlotRow>>, NotFound> Slots(string? oaId, string? serviceId, DateOnly? date, HttpContext context, BookingCalendar calendar, BookingDesk desk)
    {
        if (oaId is null || serviceId is null || date is not { } day || !context.GetOfficer().CanSee(oaId) || calendar.For(oaId)?.Service(serviceId) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(desk.DaySheet(oaId, serviceId, day).Select(SlotRow.From).ToList());
    }

    private static Results<Ok<IReadOnlyList<QueueEntry>>, NotFound> List(string? oaId, DateOnly? date, HttpContext context, QueueDesk queue) =>
        oaId is not null && date is { } day && context.GetOfficer().CanSee(oaId)
            ? TypedResults.Ok(queue.List(oaId, day, counterId: null))
            : TypedResults.NotFound();

    private static async Task<Results<Created<BookingCreated>, NotFound, Conflict<ProblemMessage>, ValidationProblem>> CreateAsync(
        NewBooking body, HttpContext context, BookingDesk desk, AuditLog audit)
    {
        var officer = context.GetOfficer();
        if (body.OaId is not { } oaId || !officer.CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        var name = body.Name?.Trim();
        var phone = body.Phone?.Trim();
        if (body.ServiceId is null || body.Start is null || string.IsNullOrEmpty(name) || phone is null || !IsPhone(phone))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["body"] = ["serviceId, start, name and phone (9 to 12 digits, 0… or +84…) are required."],
            });
        }
        var outcome = await desk.BookAsync(new BookingRequest(oaId, body.ServiceId, body.Start.Value.ToUniversalTime(), null, name, phone, officer.RecordedId ?? 0));
        if (outcome.Appointment is not { } booked)
        {
            return outcome.Refusal is BookingRefusal.SlotFull
                ? TypedResults.Conflict(new ProblemMessage("slot-full", "Every place of this slot is taken."))
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["start"] = [Describe(outcome.Refusal)] });
        }
        // Ids only: the name and phone are personal data and the audit log is kept for ever.
        await audit.WriteAsync(officer.RecordedId, officer.Name, CreateAction, oaId, booked.Code, detail: $"service={booked.ServiceId}; ticket={booked.Ticket}");
        return TypedResults.Created($"/api/admin/bookings/{booked.Code}",
            new BookingCreated(booked.Id, booked.Code, booked.Ticket, booked.Start, booked.End, booked.PlaceName));
    }

    private static async Task<Results<Ok, NotFound>> CancelAsync(string code, string? oaId, HttpContext context, BookingDesk desk, AuditLog audit)
    {
        var officer = context.GetOfficer();
        if (oaId is null || !officer.CanSee(oaId) || !await desk.CancelAsync(oaId, code, userId: null))
        {
            return TypedResults.NotFound();
        }
        await audit.WriteAsync(officer.RecordedId, officer.Name, CancelAction, oaId, code.ToUpperInvariant(), detail: null);
        return TypedResults.Ok();
    }

    private static bool IsPhone(string phone)
    {
        var digits = phone.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        digits = digits.StartsWith('+') ? digits[1..] : digits;
        return digits.Length is >= 9 and <= 12 && digits.All(char.IsAsciiDigit);
    }

    private static string Describe(BookingRefusal? refusal) => refusal switch
    {
        BookingRefusal.TooSoon => "The slot has ended.",
        BookingRefusal.BeyondHorizon => "The slot is beyond the booking horizon.",
        BookingRefusal.Closed => "The office is closed then (holiday or closure).",
        BookingRefusal.NotASlot => "The calendar has no slot of this service at that time.",
        _ => string.Create(CultureInfo.InvariantCulture, $"Refused: {refusal}."),
    };
}
