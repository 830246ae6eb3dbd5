using System.Globalization;
using ChatAssistant.Content;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Features.Booking;

namespace ChatAssistant.Features.Reminders;

/// <summary>What a reminder says: the OA text from <c>dialogs/</c>, or the ZNS template's parameters.</summary>
public sealed class ReminderMessage(ResidentTexts texts)
{

    /// <summary>The text of the OA message, in Vietnamese time.</summary>
    public string Text(Appointment appointment)
    {
        var map = appointment.Location is { } point
            ? "\n" + texts.Get(ReminderTexts.MapLine, new Dictionary<string, string> { ["link"] = point.MapLink.ToString() })
            : "";
        return texts.Get(ReminderTexts.Message, new Dictionary<string, string>
        {
            ["service"] = appointment.ServiceName,
            ["when"] = When(appointment.Start),
            ["place"] = appointment.PlaceName,
            ["address"] = appointment.PlaceAddress,
            ["map"] = map,
            ["ticket"] = appointment.Ticket,
            ["code"] = appointment.Code,
        });
    }

    /// <summary>"thứ Năm 20/12 lúc 08:30", as <see cref="ReminderTexts.When"/> puts it.</summary>
    public string When(DateTimeOffset start)
    {
        var local = VietnamTime.ToLocal(start);
        return texts.Get(ReminderTexts.When, new Dictionary<string, string>
        {
            ["day"] = VietnameseDays.InSentence(local.DayOfWeek),
            ["date"] = local.ToString("dd/MM", CultureInfo.InvariantCulture),
            ["time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The ZNS template's parameters (see <see cref="ReminderOptions.ZnsTemplateId"/>); Zalo lays them out.</summary>
    public static IReadOnlyDictionary<string, string> TemplateData(Appointment appointment)
    {
        var local = VietnamTime.ToLocal(appointment.Start);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["service_name"] = appointment.ServiceName,
            ["appointment_time"] = local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["place_name"] = appointment.PlaceName,
            ["address"] = appointment.PlaceAddress,
            ["ticket"] = appointment.Ticket,
            ["booking_code"] = appointment.Code,
        };
    }
}
