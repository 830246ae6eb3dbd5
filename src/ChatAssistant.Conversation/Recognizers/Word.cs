namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// One word of a message in two spellings: <see cref="Folded"/> (no marks, lower case) for comparing, and
/// <see cref="Typed"/> (lower case, marks kept) for the few words that folding merges, such as "tối" (evening) and
/// "tôi" (I), or "đúng" (right) and "đừng" (don't).
/// </summary>
internal readonly record struct Word(string Typed, string Folded)
{
    /// <summary>False when the resident typed no diacritics, so the word could be any of the words it folds from.</summary>
    public bool HasMarks => !string.Equals(Typed, Folded, StringComparison.Ordinal);

    public bool IsDigits => Folded.Length > 0 && Folded.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    public bool HasDigit => Folded.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    public bool Is(string folded) => string.Equals(Folded, folded, StringComparison.Ordinal);
}
