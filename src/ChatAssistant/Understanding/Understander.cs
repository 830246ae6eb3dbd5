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
        var when = _when.Recognize(clipped);
        return new MessageMeaning(text, normalized, guess, ProcedureAspects.Find(normalized), when?.Date, when?.Time, when?.PartOfDay);
    }
}
