using System.Globalization;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Transcripts;

namespace ChatAssistant.Host.OfficerConsole.Conversations;

/// <summary>How the console names a hand-off's status, its lines' speakers and how long a resident has waited.</summary>
public static class HandoffWords
{
    public static string Status(string status) => status switch
    {
        HandoffStatus.Waiting => "chờ cán bộ",
        HandoffStatus.Active => "đang trao đổi",
        HandoffStatus.Closed => "đã đóng",
        _ => status,
    };

    public static string Badge(string status) => status == HandoffStatus.Waiting ? "badge waiting" : "badge";

    public static string Speaker(string direction) => direction switch
    {
        TranscriptDirections.In => "Người dân",
        TranscriptDirections.Officer => "Cán bộ",
        _ => "Trợ lý tự động",
    };

    /// <summary>"5 phút", "2 giờ 10 phút", "1 ngày 3 giờ".</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }
        return span.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} ngày {span.Hours} giờ")
            : span.TotalHours >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} giờ {span.Minutes} phút")
                : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} phút");
    }
}
