using ChatAssistant.Features.Booking;

namespace ChatAssistant.Host.OfficerConsole.Queue;

/// <summary>The day's queue of one account sorted the way the counters see it: being served, waiting, finished.</summary>
/// <remarks>
/// A ticket is being served from the moment its counter called it until it is marked served or no-show; cancelled
/// and closed bookings never come to the counter, so they are left out.
/// </remarks>
public sealed record QueueBoard(
    AccountCalendar Calendar,
    IReadOnlyList<QueueEntry> Serving,
    IReadOnlyList<QueueEntry> Waiting,
    IReadOnlyList<QueueEntry> Served,
    IReadOnlyList<QueueEntry> NoShow)
{
    public const string ServedStatus = "served";
    public const string NoShowStatus = "no-show";
    public const string ActiveStatus = "active";

    public static QueueBoard Of(AccountCalendar calendar, IReadOnlyList<QueueEntry> day)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(day);
        var active = day.Where(e => e.Status == ActiveStatus).ToList();
        return new QueueBoard(
            calendar,
            [.. active.Where(e => e.CalledAt is not null).OrderByDescending(e => e.CalledAt)],
            [.. active.Where(e => e.CalledAt is null)],
            [.. day.Where(e => e.Status == ServedStatus)],
            [.. day.Where(e => e.Status == NoShowStatus)]);
    }

    /// <summary>The counter's name as residents read it on the wall (falls back to its id).</summary>
    public string CounterName(string counterId) => Calendar.Counter(counterId)?.Name ?? counterId;

    /// <summary>Waiting tickets of one counter whose time has come: the ones "call next" may pick.</summary>
    public int DueAt(string counterId, DateTimeOffset now) => Waiting.Count(e => e.CounterId == counterId && e.Start <= now);
}
