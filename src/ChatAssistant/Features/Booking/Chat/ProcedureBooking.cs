using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.Procedures.Answers;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>"Book a slot" under a procedure answer, offered where this account's calendar has the procedure.</summary>
public sealed class ProcedureBooking(BookingCalendar calendar) : IProcedureBooking
{
    public bool CanBook(string oaId, string procedureId) => calendar.For(oaId)?.Service(procedureId) is not null;

    public Task<DialogTurnResult> BeginAsync(DialogContext dc, string procedureId, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(BookingDialog.DialogId, new BookingStart(procedureId), cancellationToken);
}
