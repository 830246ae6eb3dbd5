using System.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Features.Procedures.Answers;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>What a resident keeps after booking: code, ticket, when, where with a map link, and the papers to bring.</summary>
public sealed class BookingConfirmation(ProcedureCatalogue catalogue)
{
    public void Send(ITurnContext turn, Appointment appointment, bool rescheduled)
    {
        var papers = new StringBuilder();
        foreach (var document in catalogue.Find(appointment.ServiceId)?.Documents ?? [])
        {
            // "Tờ khai căn cước (mẫu CC01)": the form's number is what the counter asks for.
            papers.Append("\n- ").Append(document.Name);
            if (document.Form is { } form)
            {
                papers.Append(" (").Append(turn.Texts.Get(ProcedureTexts.Form, ("form", form))).Append(')');
            }
        }
        turn.SendText(rescheduled ? BookingTexts.Rescheduled : BookingTexts.Booked, new Dictionary<string, string>
        {
            ["code"] = appointment.Code,
            ["ticket"] = appointment.Ticket,
            ["service"] = appointment.ServiceName,
            ["when"] = AppointmentTime.DayAndClock(appointment.Start),
            ["place"] = appointment.PlaceName,
            ["address"] = appointment.PlaceAddress,
            ["map"] = appointment.Location?.MapLink.AbsoluteUri ?? "",
            ["papers"] = papers.ToString().TrimStart('\n'),
        });
    }
}
