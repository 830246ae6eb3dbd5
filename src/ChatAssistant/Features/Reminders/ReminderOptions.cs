using ChatAssistant.Conversations;

namespace ChatAssistant.Features.Reminders;

/// <summary>The <c>Reminders</c> section: when appointment reminders go out, where their jobs are kept, and how they reach a resident.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>When reminders are due; none configured means the defaults: 18:00 the evening before, and 2 hours before.</summary>
    public List<ReminderRule> Rules { get; set; } = [];

    /// <summary>The Quartz job store, a SQLite file of its own; empty means <c>reminders.db</c> beside the service database.</summary>
    public string? StorePath { get; set; }

    /// <summary>
    /// SQLite's synchronous level for the job store (WAL). NORMAL spares an fsync per Quartz transaction (several per
    /// reminder fired); a power cut may then lose the last moments' bookings of reminders, never corrupt the store.
    /// </summary>
    public string StoreSynchronous { get; set; } = "NORMAL";

    /// <summary>The ZNS template Zalo approved for reminders; empty means no ZNS, and a resident outside the 7-day window is listed for officers.</summary>
    /// <remarks>The template's parameters: <c>service_name</c>, <c>appointment_time</c> (<c>08:30 20/12/2026</c>),
    /// <c>place_name</c>, <c>address</c>, <c>ticket</c>, <c>booking_code</c>.</remarks>
    public string? ZnsTemplateId { get; set; }

    /// <summary>Zalo sends no ZNS from this Vietnamese time (error -133)…</summary>
    public TimeSpan ZnsQuietHoursStart { get; set; } = TimeSpan.FromHours(22);

    /// <summary>…until this one; a reminder due in between goes out then, if the appointment has not begun.</summary>
    public TimeSpan ZnsQuietHoursEnd { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Zalo lets an OA message a resident for free this long after the resident's last message.</summary>
    public TimeSpan InteractionWindow { get; set; } = ResidentStore.FreeMessageWindow;

    /// <summary>Attempts at a ZNS send that fails for a passing reason (network, rate limit), before it is given up.</summary>
    public int ZnsAttempts { get; set; } = 4;

    /// <summary>The wait before the second attempt; it doubles for each one after.</summary>
    public TimeSpan ZnsRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Reminders delivered at the same time (Quartz threads); also how many due triggers one poll takes.</summary>
    public int MaxConcurrentReminders { get; set; } = 10;

    /// <summary>A reminder this late (the service was down) is handled as a misfire: sent now if the appointment has not begun.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    public static IReadOnlyList<ReminderRule> DefaultRules { get; } =
        [ReminderRule.DayBefore(TimeSpan.FromHours(18)), ReminderRule.BeforeStart(TimeSpan.FromHours(2))];

    /// <summary>The configured rules, or the defaults when none are.</summary>
    public IReadOnlyList<ReminderRule> EffectiveRules => Rules.Count > 0 ? Rules : DefaultRules;

    public bool UsesZns => !string.IsNullOrWhiteSpace(ZnsTemplateId);

    /// <summary>Whether a Vietnamese time of day falls in the ZNS quiet hours (which may span midnight).</summary>
    public bool IsZnsQuietAt(TimeSpan timeOfDay) => ZnsQuietHoursStart <= ZnsQuietHoursEnd
        ? timeOfDay >= ZnsQuietHoursStart && timeOfDay < ZnsQuietHoursEnd
        : timeOfDay >= ZnsQuietHoursStart || timeOfDay < ZnsQuietHoursEnd;
}
