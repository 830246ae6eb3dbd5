using System.Collections.Concurrent;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Features.TipOffs.Reporting;
using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.TipOffs.Emergency;

/// <summary>
/// Before anything else answers, a message that says danger is happening now gets the number to call: Zalo messages
/// can wait in a queue, a phone call does not. Whatever flow the resident is in then continues with the same message.
/// The fixed words are the first line, for their total recall; the understanding layer adds what they miss ("đang diễn
/// ra", "tụi nó còn ở đó") when it is sure the message is an emergency, inside a flow as at the front door.
/// </summary>
/// <remarks>
/// Someone describing a fight over several messages hears "call 113" once, not after every line: a kind already
/// said to the resident within <see cref="Quiet"/> is not repeated, unless the message says the danger is still there. This memory is the process's only, on purpose:
/// nothing about who mentioned an emergency is written down.
/// <para>A message that comes while its resident is past the flood limit gets no turn, but still the number: the fixed
/// words decide there (no turn, so no understanding), under the same memory.</para>
/// </remarks>
public sealed class EmergencyLine(TimeProvider clock, Understander understander) : ITurnMiddleware, IThrottledAnswers
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(15);
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<(string OaId, string UserId, EmergencyKind Kind), DateTimeOffset> _told = new();

    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        if (turn.Activity.Type != ActivityType.Message)
        {
            return next(cancellationToken);
        }
        var kinds = EmergencyWords.Recognize(turn.Activity.Text);
        if (kinds == EmergencyKind.None && understander.Of(turn).Guess is { Intent: Intents.Emergency, Confidence: >= TipOffStories.SureOfDanger })
        {
            kinds = EmergencyKind.Police;
        }
        if (kinds != EmergencyKind.None)
        {
            // "họ vẫn đang đánh", "thằng đó còn cầm dao", "lửa lan sang nhà bên": still going on, or worse, after the number
            // was given, so it is given again.
            var still = understander.Of(turn).Mentions(StillWords);
            var (due, remember) = Due(turn.Activity, kinds, still);
            foreach (var textKey in due)
            {
                turn.SendText(textKey);
            }
            // Remembered once the line is really on its way: a turn that fails and is retried says it again.
            turn.AfterCommit(remember);
        }
        return next(cancellationToken);
    }

    public ThrottledAnswer Answer(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var kinds = EmergencyWords.Recognize(activity.Text);
        if (kinds == EmergencyKind.None)
        {
            return ThrottledAnswer.None;
        }
        var (due, remember) = Due(activity, kinds, still: false);
        return new ThrottledAnswer(due, remember);
    }

    /// <summary>Whether this resident was given a number to call within <see cref="Quiet"/>: what they write next is about that danger.</summary>
    public bool ToldLately(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = clock.GetUtcNow();
        return Lines.Any(line => _told.TryGetValue((activity.AccountId, activity.UserId, line.Kind), out var at) && now - at < Quiet);
    }

    /// <summary>
    /// The lines of <paramref name="kinds"/> not said to this resident within <see cref="Quiet"/> (all of them when the
    /// danger is <paramref name="still"/> there), and what to run once they are on their way: remember saying them.
    /// </summary>
    private (List<string> TextKeys, Action Remember) Due(Activity activity, EmergencyKind kinds, bool still)
    {
        var now = clock.GetUtcNow();
        if (_told.Count >= MaxRemembered)
        {
            Forget(now);
        }
        var told = new List<(string, string, EmergencyKind)>();
        var textKeys = new List<string>();
        foreach (var (kind, textKey) in Lines)
        {
            var key = (activity.AccountId, activity.UserId, kind);
            if (kinds.HasFlag(kind) && (still || !(_told.TryGetValue(key, out var last) && now - last < Quiet)))
            {
                told.Add(key);
                textKeys.Add(textKey);
            }
        }
        return (textKeys, () => told.ForEach(key => _told[key] = now));
    }

    private static readonly (EmergencyKind Kind, string TextKey)[] Lines =
        [(EmergencyKind.Police, TipOffTexts.EmergencyPolice), (EmergencyKind.Fire, TipOffTexts.EmergencyFire), (EmergencyKind.Medical, TipOffTexts.EmergencyMedical)];

    private static readonly string[] StillWords =
        ["van dang", "van con", "con dang", "van chua", "con cam", "van cam", "con o do", "van o do", "lan sang", "lan ra", "to hon", "lon hon", "nang hon"];

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, at) in _told)
        {
            if (now - at >= Quiet)
            {
                _told.TryRemove(key, out _);
            }
        }
    }
}
