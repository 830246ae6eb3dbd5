using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>"Hủy lịch hẹn", "đổi lịch sang thứ 6", "lịch hẹn của tôi": the bookings, with the asked action already chosen.</summary>
/// <remarks>
/// "Đặt lại lịch chuyển khẩu thứ 5 tuần sau" from a resident with nothing booked books anew, saying so: there is nothing to move.
/// </remarks>
internal sealed class AppointmentRequests(TimeProvider clock, BookingDesk desk, BookingRequests booking) : IIntentHandler
{
    public IReadOnlyCollection<string> Intents { get; } =
        [Understanding.Intents.MyAppointments, Understanding.Intents.CancelAppointment, Understanding.Intents.Reschedule];

    private static readonly string[] BookingAgain = ["dat lai", "dat lich", "dat hen"];

    public async Task<bool> HandleAsync(DialogContext dc, MessageMeaning meaning, CancellationToken cancellationToken)
    {
        // Routed here by the line's own words when the classifier was unsure ("… huỷ lịch giúp mình"): its leaning says which.
        // A cancel in so many words ("à thôi mai e bận r, hủy giúp e") cancels, whatever the leaning.
        var action = (meaning.Intent ?? meaning.Guess?.Intent) switch
        {
            Understanding.Intents.CancelAppointment => MyAppointmentsDialog.Cancel,
            Understanding.Intents.Reschedule => MyAppointmentsDialog.Reschedule,
            _ when InterruptionRecognizer.Recognize(meaning.Text) == Interruption.Cancel => MyAppointmentsDialog.Cancel,
            _ => null,
        };
        var activity = dc.Context.Activity;
        // So is "ad oi e co hd r, dat lai lich tam tru t5 nha" (book again, after putting it off) read as the bookings.
        if ((action == MyAppointmentsDialog.Reschedule || (action is null && meaning.Mentions(BookingAgain)))
            && desk.Upcoming(activity.AccountId, activity.UserId).Count == 0)
        {
            // Said plainly first: a resident who believed something was booked learns that it is not.
            dc.Context.SendText(BookingTexts.NoneToMove);
            return await booking.HandleAsync(dc, meaning, cancellationToken).ConfigureAwait(false);
        }
        var day = meaning.Date is { } date && date >= VietnamTime.Today(clock) ? date : (DateOnly?)null;
        var service = MyAppointmentsDialog.SaysOnlyTheAction(meaning.Normalized) ? null : booking.ServiceOf(activity.AccountId, meaning);
        var request = new AppointmentRequest(action, day, meaning.Time, meaning.PartOfDay, service);
        await dc.BeginDialogAsync(MyAppointmentsDialog.DialogId, request, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
