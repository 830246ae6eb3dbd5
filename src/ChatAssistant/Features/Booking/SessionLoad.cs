namespace ChatAssistant.Features.Booking;

/// <summary>One session of one day as the bookings calendar shows it: places offered and taken, and what is closed.</summary>
/// <param name="Times">The session's local hours, e.g. <c>07:30–11:30, 13:30–17:00</c>.</param>
/// <param name="Capacity">Places of the slots still open, all services together.</param>
/// <param name="Booked">Places taken in those slots.</param>
/// <param name="Slots">Slots of the day's session, all services together; <paramref name="ClosedSlots"/> of them closed.</param>
/// <param name="ClosedReason">The reason of the first closure that covers part of the session, for officers to read.</param>
public sealed record SessionLoad(
    string SessionId, string Name, string Times, int Capacity, int Booked, int Slots, int ClosedSlots, string? ClosedReason)
{
    public bool IsClosed => Slots > 0 && ClosedSlots == Slots;

    public bool IsPartlyClosed => ClosedSlots > 0 && ClosedSlots < Slots;

    public bool IsFull => Capacity > 0 && Booked >= Capacity;
}
