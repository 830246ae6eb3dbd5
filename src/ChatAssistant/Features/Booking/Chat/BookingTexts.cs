namespace ChatAssistant.Features.Booking.Chat;

/// <summary>The keys of dialogs/texts/booking.yaml.</summary>
public static class BookingTexts
{
    public const string Menu = "menu-booking";
    public const string MenuMine = "menu-my-appointments";
    public const string Unavailable = "booking-unavailable";
    public const string AskService = "booking-ask-service";
    public const string Corrected = "booking-corrected";
    public const string TimeChosen = "booking-time-chosen";
    public const string TimeNoted = "booking-time-noted";
    public const string NoDays = "booking-no-days";
    public const string AskDay = "booking-ask-day";
    public const string DayLine = "booking-day-line";
    public const string DayRetry = "booking-day-retry";
    public const string DayForTime = "booking-day-for-time";
    public const string DayUnavailable = "booking-day-unavailable";
    public const string AskTime = "booking-ask-time";
    public const string TimeLine = "booking-time-line";
    public const string TimeRetry = "booking-time-retry";
    public const string AskPhone = "booking-ask-phone";
    public const string InfoCardTitle = "booking-info-card-title";
    public const string InfoCardSubtitle = "booking-info-card-subtitle";
    public const string Confirm = "booking-confirm";
    public const string NoPhone = "booking-no-phone";
    public const string Booked = "booking-booked";
    public const string Rescheduled = "booking-rescheduled";
    public const string NotBooked = "booking-not-booked";
    public const string SlotFull = "booking-slot-full";
    public const string AlreadyThatDay = "booking-already-that-day";
    public const string LimitReached = "booking-limit-reached";
    public const string OriginalGone = "booking-original-gone";
    public const string GaveUp = "booking-gave-up";
    public const string None = "appointments-none";

    /// <summary>A move asked for with nothing booked: said so, and a new booking begins.</summary>
    public const string NoneToMove = "appointments-none-to-move";
    public const string List = "appointments-list";

    /// <summary>The bookings asked about in the middle of another flow ("hiện tôi có lịch hẹn nào không?"): listed, or none.</summary>
    public const string ListAside = "appointments-list-aside";
    public const string NoneAside = "appointments-none-aside";
    public const string Line = "appointments-line";
    public const string CancelYes = "appointments-cancel-yes";
    public const string CancelNo = "appointments-cancel-no";
    public const string AskAction = "appointments-ask-action";
    public const string ActionReschedule = "appointments-reschedule";
    public const string ActionCancel = "appointments-cancel";
    public const string ConfirmCancel = "appointments-confirm-cancel";
    public const string Cancelled = "appointments-cancelled";
    public const string Kept = "appointments-kept";

    public static string[] All =>
    [
        Menu, MenuMine, Unavailable, AskService, Corrected, TimeChosen, TimeNoted, NoDays, AskDay, DayLine, DayRetry, DayUnavailable, AskTime, TimeLine, TimeRetry,
        AskPhone, InfoCardTitle, InfoCardSubtitle, Confirm, NoPhone, Booked, Rescheduled, NotBooked, SlotFull, AlreadyThatDay, LimitReached, OriginalGone, GaveUp,
        None, NoneToMove, List, ListAside, NoneAside, Line, CancelYes, CancelNo, AskAction, ActionReschedule, ActionCancel, ConfirmCancel, Cancelled, Kept,
    ];
}
