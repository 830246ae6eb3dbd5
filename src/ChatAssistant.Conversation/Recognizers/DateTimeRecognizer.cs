namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Reads a date, a time and a part of the day from one message: "8h sáng mai", "chiều nay", "mai 2 giờ chiều",
/// "thứ 3 tuần sau lúc 14h", "15/12 9h30". The time already includes the part of the day ("chiều mai 3h" is 15:00).
/// </summary>
public sealed class DateTimeRecognizer(TimeProvider clock)
{
    private readonly DateRecognizer _dates = new(clock ?? throw new ArgumentNullException(nameof(clock)));

    /// <summary>What the text says about when, or null when it names neither a date, a time nor a part of the day.</summary>
    public DateTimeRecognition? Recognize(string? text)
    {
        var words = WordSplitter.Split(text);
        var date = _dates.Recognize(words);
        var time = ClockTimes.Find(words);
        var partOfDay = TimeRecognizer.RecognizePartOfDay(words);
        return date is null && time is null && partOfDay is null ? null : new DateTimeRecognition(date, time, partOfDay);
    }
}
