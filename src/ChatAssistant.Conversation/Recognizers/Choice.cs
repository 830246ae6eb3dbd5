namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// One option offered to a resident: <see cref="Value"/> for the dialog, <see cref="Title"/> as shown, and other words
/// residents use for it ("CCCD" for "Căn cước công dân").
/// </summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);
