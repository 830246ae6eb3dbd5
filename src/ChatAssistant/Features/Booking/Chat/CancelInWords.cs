using System.Text.RegularExpressions;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>
/// "Vậy hủy cái lịch xác nhận cư trú đi, để chị xin trên mạng" from a resident with bookings: a booking cancelled in so many
/// words, whatever the classifier makes of the rest (the procedure named, the reason). The appointments' own cancel asks to
/// confirm before anything is cancelled.
/// </summary>
internal sealed partial class CancelInWords(BookingDesk desk, BookingRequests booking, Understander understander) : IQuestionAnswerer
{
    // Among the exact commands, before the questions about the service.
    public int Order => 43;

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var meaning = understander.Of(dc.Context);
        var activity = dc.Context.Activity;
        if (!CancelsABooking().IsMatch(" " + meaning.Normalized + " ") || desk.Upcoming(activity.AccountId, activity.UserId).Count == 0)
        {
            return false;
        }
        var service = MyAppointmentsDialog.SaysOnlyTheAction(meaning.Normalized) ? null : booking.ServiceOf(activity.AccountId, meaning);
        await dc.BeginDialogAsync(MyAppointmentsDialog.DialogId, new AppointmentRequest(MyAppointmentsDialog.Cancel, ServiceId: service), cancellationToken)
            .ConfigureAwait(false);
        return true;
    }

    // "hủy cái lịch", "hủy giúp em lịch hẹn", "hủy dùm cái hẹn": "hủy" and the booking a few words on, not negated
    // ("không hủy lịch", "đừng hủy cái hẹn"), nor undergone ("đến muộn thì có bị hủy lịch không").
    [GeneratedRegex(@"(?<!\b(?:khong|dung|chua|khoi|bi) )\bhuy(?: \w+){0,2} (?:lich|hen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CancelsABooking();
}
