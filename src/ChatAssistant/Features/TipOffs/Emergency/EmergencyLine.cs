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
            Tell(turn, kinds, EmergencyKind.Police, TipOffTexts.EmergencyPolice, still);
            Tell(turn, kinds, EmergencyKind.Fire, TipOffTexts.EmergencyFire, still);
            Tell(turn, kinds, EmergencyKind.Medical, TipOffTexts.EmergencyMedical, still);
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
        var now = clock.GetUtcNow();
        var told = new List<(string, string, EmergencyKind)>();
        var keys = new List<string>();
        foreach (var (kind, textKey) in Lines)
        {
            var key = (activity.AccountId, activity.UserId, kind);
            if (kinds.HasFlag(kind) && !(_told.TryGetValue(key, out var last) && now - last < Quiet))
            {
                told.Add(key);
                keys.Add(textKey);
            }
        }
        return new ThrottledAnswer(keys, () => told.ForEach(key => _told[key] = now));
    }

    private static readonly (EmergencyKind Kind, string TextKey)[] Lines =
        [(EmergencyKind.Police, TipOffTexts.EmergencyPolice), (EmergencyKind.Fire, TipOffTexts.EmergencyFire), (EmergencyKind.Medical, TipOffTexts.EmergencyMedical)];

    private static readonly string[] StillWords =
        ["van dang", "van con", "con dang", "van chua", "con cam", "van cam", "con o do", "van o do", "lan sang", "lan ra", "to hon", "lon hon", "nang hon"];

    private void Tell(ITurnContext turn, EmergencyKind kinds, EmergencyKind kind, string textKey, bool still)
    {
        if (!kinds.HasFlag(kind))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var key = (turn.Activity.AccountId, turn.Activity.UserId, kind);
        if (!still && _told.TryGetValue(key, out var last) && now - last < Quiet)
        {
            return;
        }
        if (_told.Count >= MaxRemembered)
        {
            Forget(now);
        }
        turn.SendText(textKey);
        // Remembered once the line is really on its way: a turn that fails and is retried says it again.
        turn.AfterCommit(() => _told[key] = now);
    }

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
