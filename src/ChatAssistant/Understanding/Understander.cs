using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Understanding;

/// <summary>
/// The understanding layer every resident message passes: normalizes the text, asks the classifier for the intent and
/// the recognizers for aspects and times, once per turn (the front door and the flows read the same meaning).
/// </summary>
public sealed class Understander(IntentClassifier classifier, TimeProvider clock)
{
    private const string TurnKey = "understanding.meaning";

    // Past this a message is a story, not a question: its tail adds nothing the classifier needs, and it costs time.
    private const int MaxClassifiedLength = 600;

    private readonly DateTimeRecognizer _when = new(clock);

    /// <summary>The meaning of the turn's message (its text; empty for a picture or a sticker).</summary>
    public MessageMeaning Of(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.TurnState.TryGetValue(TurnKey, out var cached) && cached is MessageMeaning meaning)
        {
            return meaning;
        }
        meaning = Understand(turn.Activity.Type == ActivityType.Message ? turn.Activity.Text ?? "" : "");
        turn.TurnState[TurnKey] = meaning;
        return meaning;
    }

    public MessageMeaning Understand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clipped = text.Length > MaxClassifiedLength ? text[..MaxClassifiedLength] : text;
        var normalized = Shorthand.Normalize(clipped);
        var guess = normalized.Length == 0 ? null : classifier.Classify(normalized);
        // Only a guess of small talk or an unsure one is worth classifying the clauses apart.
        if (guess is not null && (Intents.IsSmallTalk(guess.Intent) || guess.Confidence < MessageMeaning.Sure) && AfterCourtesy(clipped) is { } request)
        {
            guess = request;
        }
        // "Tôi sẽ xem lại giấy biên nhận, xin cảm ơn quý cơ quan": a statement closed by thanks or a goodbye is courtesy.
        if (guess is not null && guess.Confidence < MessageMeaning.Sure && ClosingCourtesy(clipped, normalized) is { } closing)
        {
            guess = closing;
        }
        // Two days in two clauses need a day in the whole message: the clauses are read apart only then.
        var whole = _when.Recognize(clipped);
        var when = whole?.Date is not null ? ChosenAmong(clipped) ?? whole : whole;
        // "dời lịch thứ Sáu sang thứ Ba tuần sau": the day a move goes to is the one after "sang".
        if (MovedTo(normalized) is { } target && _when.Recognize(target) is { Date: not null } moved)
        {
            when = moved with { Time = moved.Time ?? when?.Time, PartOfDay = moved.PartOfDay ?? when?.PartOfDay };
        }
        return new MessageMeaning(text, normalized, guess, ProcedureAspects.Find(normalized), when?.Date, when?.Time, when?.PartOfDay);
    }

    /// <summary>
    /// "Cảm ơn. Thứ bảy có làm không", "Dạ vâng, cho em hỏi phí bao nhiêu": a first clause of thanks, greeting or assent,
    /// then a request. The guess for the request alone, when it is sure and more than small talk; else null.
    /// </summary>
    private IntentGuess? AfterCourtesy(string text)
    {
        var end = text.IndexOfAny(VietnameseText.ClauseEnds);
        if (end <= 0 || end >= text.Length - 1)
        {
            return null;
        }
        var first = Shorthand.Normalize(text[..end]);
        var rest = Shorthand.Normalize(text[(end + 1)..]);
        if (first.Length == 0 || first.Split(' ').Length > MaxCourtesyWords || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
        {
            return null;
        }
        if (classifier.Classify(first) is not { Confidence: >= MessageMeaning.Sure } courtesy || !Intents.IsSmallTalk(courtesy.Intent))
        {
            return null;
        }
        return classifier.Classify(rest) is { Confidence: >= MessageMeaning.Sure } request && !Intents.IsSmallTalk(request.Intent) ? request : null;
    }

    private const int MaxCourtesyWords = 6;

    /// <summary>The guess for the last clause alone, when it is sure thanks or a goodbye and nothing before it asks.</summary>
    private IntentGuess? ClosingCourtesy(string text, string normalized)
    {
        var clauses = VietnameseText.Clauses(text);
        if (clauses.Length < 2 || MessageMeaning.Asks(text, normalized))
        {
            return null;
        }
        var last = Shorthand.Normalize(clauses[^1]);
        if (last.Length == 0 || last.Split(' ').Length > MaxCourtesyWords)
        {
            return null;
        }
        return classifier.Classify(last) is { Confidence: >= MessageMeaning.Sure, Intent: Intents.Thanks or Intents.Bye } courtesy ? courtesy : null;
    }

    /// <summary>
    /// "À không, mai cháu học cả ngày, cho tôi sáng thứ Bảy này đi", "t5 tuần sau đi ad, t6 e có lịch thi": of two days
    /// in two clauses, the one the resident chooses ("cho tôi", "... đi") rather than the one they are busy on. Null when
    /// the message has no such pair.
    /// </summary>
    private DateTimeRecognition? ChosenAmong(string text)
    {
        var clauses = VietnameseText.Clauses(text);
        if (clauses.Length < 2)
        {
            return null;
        }
        var dated = clauses
            .Select(clause => (Said: _when.Recognize(clause), Words: " " + Shorthand.Normalize(clause) + " "))
            .Where(c => c.Said?.Date is not null)
            .ToList();
        if (dated.Count < 2)
        {
            return null;
        }
        var chosen = dated
            .Where(c => ChoosingWords.Any(w => c.Words.Contains(w, StringComparison.Ordinal)) && !BusyWords.Any(w => c.Words.Contains(w, StringComparison.Ordinal)))
            .ToList();
        return chosen.Count == 1 ? chosen[0].Said : null;
    }

    private static readonly string[] ChoosingWords = [" di ", " nhe ", " nha ", " cho toi ", " cho em ", " cho minh ", " lay ", " dat ", " doi sang ", " chuyen sang ", " chot ", " duoc khong "];

    private static readonly string[] BusyWords = [" ban ", " co lich ", " hoc ", " khong duoc ", " ket ", " vuong ", " di lam ", " lich thi ", " di thi ", " khong di ", " co viec "];

    private static readonly string[] MoveVerbs =
        [" doi sang ", " chuyen sang ", " doi lich sang ", " doi hen sang ", " dat lai sang ", " lui sang ", " doi lich hen sang ", " doi qua ",
         " chuyen qua ", " doi lich qua ", " dat lai vao ", " doi vao ", " doi lai sang ", " doi lai qua "];

    /// <summary>The words after a move's "sang" (folded), or null when the message moves nothing.</summary>
    private static string? MovedTo(string normalized)
    {
        var padded = " " + normalized + " ";
        var at = MoveVerbs.Select(verb => (Verb: verb, At: padded.IndexOf(verb, StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).FirstOrDefault();
        if (at.Verb is not null)
        {
            return padded[(at.At + at.Verb.Length)..].Trim();
        }
        // "dời lịch hẹn thứ Sáu sang thứ Ba tuần sau": the old day between the verb and "sang".
        var verb = SplitMoveVerbs.Select(v => padded.IndexOf(v, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        var to = verb < 0 ? -1 : padded.IndexOf(" sang ", verb + 1, StringComparison.Ordinal);
        return to < 0 ? null : padded[(to + " sang ".Length)..].Trim();
    }

    private static readonly string[] SplitMoveVerbs = [" doi lich ", " doi lich hen ", " chuyen lich ", " doi hen ", " dat lai lich "];
}
