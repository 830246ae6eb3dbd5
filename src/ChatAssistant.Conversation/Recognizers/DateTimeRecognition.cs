namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// What a resident said about when: any of a date, a clock time and a part of the day. "sáng mai" has a date and a
/// part of the day but no time, "8h" only a time; a dialog asks for whatever it still needs.
/// </summary>
public sealed record DateTimeRecognition(DateOnly? Date, TimeOnly? Time, PartOfDay? PartOfDay);
