using System.Text;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.Offices;

/// <summary>An office as residents read it in chat: name, address with a map link, hours, phone.</summary>
public static class OfficeCard
{
    public const string TextKey = "office-card";

    public static string Render(Office office, ITextCatalog texts) => texts.Get(TextKey, new Dictionary<string, string>
    {
        ["name"] = office.Name,
        ["address"] = office.Address,
        ["map"] = office.Location.MapLink.AbsoluteUri,
        ["hours"] = string.Join("\n", office.Hours.Select(h => "- " + Days(h.Days) + ": " + string.Join(", ", h.Times))),
        ["phone"] = office.Phone,
        ["notes"] = office.Notes ?? "",
    }).TrimEnd();

    /// <summary>"Thứ Hai – Thứ Sáu", "Thứ Bảy", "Thứ Hai, Thứ Tư": runs of three or more days read as a range.</summary>
    public static string Days(IReadOnlyList<DayOfWeek> days)
    {
        // Monday first, as Vietnamese calendars print the week.
        var ordered = days.OrderBy(d => ((int)d + 6) % 7).ToList();
        var parts = new List<string>();
        for (var start = 0; start < ordered.Count;)
        {
            var end = start;
            while (end + 1 < ordered.Count && ((int)ordered[end + 1] + 6) % 7 == ((int)ordered[end] + 6) % 7 + 1)
            {
                end++;
            }
            if (end - start >= 2)
            {
                parts.Add($"{VietnameseDays.Name(ordered[start])} – {VietnameseDays.Name(ordered[end])}");
            }
            else
            {
                parts.AddRange(ordered[start..(end + 1)].Select(VietnameseDays.Name));
            }
            start = end + 1;
        }
        return new StringBuilder().AppendJoin(", ", parts).ToString();
    }
}
