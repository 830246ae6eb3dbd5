using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// When something happened, from the resident's words. Reports look back ("tối qua", "8h sáng nay"), so a time of day
/// alone that is still ahead today means yesterday. The words themselves are kept beside it for officers: this is a
/// best reading, not a fact.
/// </summary>
public static class OccurredTime
{
    private static readonly string[] NowWords = ["dang", "bay gio", "hien gio", "hien nay", "ngay bay gio", "luc nay", "vua", "vua xong", "vua moi", "dang dien ra", "ngay luc nay"];

    public static DateTimeOffset? Read(string? words, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (SaysNow(words))
        {
            return now;
        }
        if (new DateTimeRecognizer(clock).Recognize(words) is not { } when || (when.Date is null && when.Time is null && when.PartOfDay is null))
        {
            return null;
        }
        var day = when.Date ?? VietnamTime.Today(clock);
        var time = when.Time ?? when.PartOfDay switch
        {
            PartOfDay.Morning => new TimeOnly(9, 0),
            PartOfDay.Noon => new TimeOnly(12, 0),
            PartOfDay.Afternoon => new TimeOnly(15, 0),
            PartOfDay.Evening => new TimeOnly(20, 0),
            _ => (TimeOnly?)null,
        };
        if (time is null)
        {
            // A day without a time: its start, so the day is what officers read.
            return VietnamTime.At(day, TimeOnly.MinValue);
        }
        var at = VietnamTime.At(day, time.Value);
        return when.Date is null && at > now ? at.AddDays(-1) : at;
    }

    /// <summary>
    /// True when the words say "now" ("đang", "vừa xong"): <see cref="Read"/> then gives the moment they were read, a
    /// time the resident did not state but that is the exact time of one of their messages.
    /// </summary>
    public static bool SaysNow(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return false;
        }
        var folded = " " + VietnameseText.Fold(words) + " ";
        return NowWords.Any(w => folded.Contains(" " + w + " ", StringComparison.Ordinal));
    }
}
