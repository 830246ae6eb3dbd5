using ChatAssistant.Conversation.Text;
using ChatAssistant.Storage;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Testing.Understanding;

/// <summary>
/// Plays evaluation conversations against the real conversation pipeline, each as a new resident starting on Tuesday
/// 1 December 2026 at 09:00 in Vietnam, and judges every turn by its expected and rejected fragments.
/// </summary>
public static class EvaluationRun
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    public static async Task<IReadOnlyList<TurnOutcome>> PlayAsync(IEnumerable<EvaluationConversation> conversations, ConversationHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var outcomes = new List<TurnOutcome>();
        var number = 0;
        foreach (var conversation in conversations)
        {
            harness.Clock.UtcNow = Start;
            FreeEveryBooking(harness);
            var resident = harness.Resident($"eval-{++number}");
            foreach (var turn in conversation.Turns)
            {
                if (turn.Wait is { } wait)
                {
                    await resident.Wait(wait);
                    continue;
                }
                IReadOnlyList<string> replies = [];
                await resident.Send(turn.Say!).TakeReplies(taken => replies = [.. taken.Select(ConversationFlow.TextOf)]);
                var reply = string.Join("\n---\n", replies);
                outcomes.Add(new TurnOutcome(conversation, turn, reply, Judge(turn, reply)));
            }
        }
        return outcomes;
    }

    /// <summary>
    /// Every conversation starts on the same Tuesday morning with every slot free, as a new resident would find it:
    /// bookings of the conversations before would otherwise fill the slots later ones ask for, and "that time is full"
    /// would be counted as a misunderstanding.
    /// </summary>
    private static void FreeEveryBooking(ConversationHarness harness)
    {
        using var connection = harness.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM appointments; DELETE FROM booking_slots; DELETE FROM booking_ticket_numbers;";
        command.ExecuteNonQuery();
    }

    /// <summary>Null when the reply holds every expected fragment (one of its alternatives) and no rejected one.</summary>
    public static string? Judge(EvaluationTurn turn, string reply)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Length == 0)
        {
            return "no reply";
        }
        var folded = " " + Comparable(reply) + " ";
        var missing = turn.Expect.Where(fragment => !fragment.Split('|').Any(alternative => Contains(folded, alternative))).ToList();
        var rejected = turn.Reject.Where(fragment => Contains(folded, fragment)).ToList();
        if (missing.Count == 0 && rejected.Count == 0)
        {
            return null;
        }
        var problems = missing.Select(m => $"lacks \"{m}\"").Concat(rejected.Select(r => $"says \"{r}\""));
        return string.Join("; ", problems);
    }

    private static bool Contains(string foldedReply, string fragment)
    {
        var folded = Comparable(fragment);
        return folded.Length > 0 && foldedReply.Contains(" " + folded + " ", StringComparison.Ordinal);
    }

    /// <summary>Folded, with the leading zero of a two-digit number dropped: "8:00" is "08:00", "3/12" is "03/12".</summary>
    private static string Comparable(string text) =>
        string.Join(' ', VietnameseText.Fold(text).Split(' ').Select(word => word.Length == 2 && word[0] == '0' && char.IsAsciiDigit(word[1]) ? word[1..] : word));
}
