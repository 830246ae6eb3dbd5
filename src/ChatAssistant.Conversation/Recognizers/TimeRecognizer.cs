namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Reads a clock time ("8h30", "14:00", "2 giờ chiều", "8 giờ kém 15", "tám giờ rưỡi") or a part of the day
/// ("sáng", "buổi chiều", "tối nay"). Hours of 1–11 move into the part of the day said anywhere in the message, so
/// "chiều mai 3h" is 15:00.
/// </summary>
public static class TimeRecognizer
{
    /// <summary>The first clock time in the text, or null (also for impossible times such as "25h" or "8h75").</summary>
    public static TimeOnly? Recognize(string? text) => ClockTimes.Find(WordSplitter.Split(text));

    /// <summary>The first part of the day in the text, or null. "đêm" and "khuya" are <see cref="PartOfDay.Evening"/>.</summary>
    public static PartOfDay? RecognizePartOfDay(string? text) => RecognizePartOfDay(WordSplitter.Split(text));

    internal static PartOfDay? RecognizePartOfDay(ReadOnlySpan<Word> words) =>
        DayParts.Find(words) is { } part ? DayParts.ToPublic(part) : null;
}
