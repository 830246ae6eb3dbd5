using System.Text.RegularExpressions;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Understanding;

/// <summary>What one message means: its intent with a confidence, the aspects of a procedure it asks about, and when.</summary>
/// <param name="Normalized">Folded, shorthand spelled out (<c>Shorthand.Normalize</c>); empty for emoji or punctuation alone.</param>
/// <param name="Guess">Null when there are no words to classify.</param>
public sealed partial record MessageMeaning(
    string Text,
    string Normalized,
    IntentGuess? Guess,
    IReadOnlyList<ProcedureAspect> Aspects,
    DateOnly? Date,
    TimeOnly? Time,
    PartOfDay? PartOfDay)
{
    /// <summary>Below this the intent is a guess: routes that act on it (begin a flow, hand off) do not.</summary>
    public const float Sure = 0.5f;

    public bool HasWords => Normalized.Length > 0;

    /// <summary>
    /// The intent when the classifier is sure of it, or of its family with this intent first ("đặt lại lịch … sang thứ
    /// 2": moving or booking, but surely an appointment); else null.
    /// </summary>
    public string? Intent => Guess is { } guess
        && (guess.Confidence >= Sure || (Intents.SameFamily(guess.Intent, guess.RunnerUp) && guess.Confidence + guess.RunnerUpConfidence >= SureOfFamily)
            || (guess.Intent == Intents.Book && guess.Confidence >= SureWithATime && (Date is not null || Time is not null) && Mentions("dat", "lich", "hen")))
        ? guess.Intent
        : null;

    /// <summary>
    /// A booking guessed this likely that says "đặt"/"lịch"/"hẹn" and names a day or a time is one ("ad đặt e lịch gia hạn
    /// tạm trú sáng t6 9h"); a time alone ("8h sáng mai") is not.
    /// </summary>
    public const float SureWithATime = 0.35f;

    /// <summary>Two sibling intents together this likely: the family is sure.</summary>
    public const float SureOfFamily = 0.7f;

    public bool Is(string intent) => Intent == intent;

    /// <summary>
    /// Whether the message asks rather than answers: a question mark, or the words Vietnamese questions end or turn on
    /// ("… không", "… chưa", "gì", "sao", "bao nhiêu", "ở đâu", "mấy").
    /// </summary>
    /// <remarks>Read once, when the meaning is made: routes and flows ask it many times a turn.</remarks>
    public bool IsQuestion { get; } = Asks(Text, Normalized);

    /// <summary>Whether <paramref name="text"/> (<paramref name="normalized"/> its normalized form) asks, read as <see cref="IsQuestion"/> reads a message.</summary>
    internal static bool Asks(string text, string normalized) =>
        text.Contains('?', StringComparison.Ordinal)
        || MentionsIn(Indefinite().Replace(normalized, ""), "gi", "sao", "bao nhieu", "bao lau", "bao gio", "o dau", "cho nao", "may", "the nao", "nhu the nao", "nao", "khong a",
            "duoc khong", "co phai", "phai khong", "khi nao", "lam sao", "ai", "nhi")
        || EndsAsking(normalized)
        || ClauseAsks(text);

    /// <summary>"tối nào cũng", "ai cũng biết", "gì cũng được": a question word before "cũng" says "every", and asks nothing.</summary>
    [GeneratedRegex(@"\b(nao|ai|gi|dau|may|sao) cung\b")]
    private static partial Regex Indefinite();

    /// <summary>"… có mất phí không, đồng thời tôi xin đặt lịch …": a clause closing on "không" or "chưa" asks, wherever it stands.</summary>
    private static bool ClauseAsks(string text) => VietnameseText.Clauses(text).Any(clause => EndsAsking(Shorthand.Normalize(clause)));

    /// <summary>Closes on "không", "chưa" or "hả", but for the particles and the address after it ("… có biết em báo hk ad",
    /// "được chưa anh", "không vậy ạ").</summary>
    private static bool EndsAsking(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length - 1;
        for (var dropped = 0; last > 0 && dropped < MaxClosingWords && ClosingWords.Contains(words[last]); dropped++)
        {
            // "họ phải có hợp đồng thuê phòng hả", "vậy là xong rồi hả ad": "hả" closing a sentence asks.
            if (words[last] == "ha")
            {
                return true;
            }
            last--;
        }
        return last > 0 && words[last] is "khong" or "chua";
    }

    private const int MaxClosingWords = 3;

    private static readonly HashSet<string> ClosingWords = new(
        ["a", "ad", "admin", "anh", "chi", "em", "ban", "chau", "bac", "co", "chu", "oi", "nhe", "nha", "vay", "ha", "nhi", "the", "ah", "ta"],
        StringComparer.Ordinal);

    /// <summary>Whether the message says it asks ("xin hỏi", "cho hỏi", "hỏi chút", "em hỏi"), whatever it asks.</summary>
    /// <remarks>Read once, as <see cref="IsQuestion"/> is.</remarks>
    public bool SaysItAsks { get; } = MentionsIn(Normalized, AskingWords);

    private static readonly string[] AskingWords = ["xin hoi", "cho hoi", "hoi them", "hoi chut", "hoi ti", "hoi xiu", "em hoi", "toi hoi", "minh hoi", "muon hoi"];

    /// <summary>Words of a fixed list found as whole words in the normalized text.</summary>
    public bool Mentions(params string[] phrases) => MentionsIn(Normalized, phrases);

    private static bool MentionsIn(string normalized, params string[] phrases) => Shorthand.Mentions(normalized, phrases);
}
