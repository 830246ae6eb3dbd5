using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatAssistant.Messaging.Inbox;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// The inbox rows of a run: every resident sends <see cref="BenchContent.Script"/>, one message per round,
/// so each resident's messages are stored in the order sent.
/// </summary>
internal sealed class Workload
{
    private const string AppId = "360846524940903967";

    private Workload(IReadOnlyList<IReadOnlyList<IncomingEvent>> rounds, IReadOnlyList<string> residents)
    {
        Rounds = rounds;
        Residents = residents;
    }

    /// <summary>Round k holds message k of every resident.</summary>
    public IReadOnlyList<IReadOnlyList<IncomingEvent>> Rounds { get; }

    public IReadOnlyList<string> Residents { get; }

    public int Turns => Rounds.Sum(r => r.Count);

    public static Workload Build(string oaId, int residents)
    {
        // Zalo user ids are numeric strings of 18-19 digits.
        var users = Enumerable.Range(1, residents).Select(i => (7_100_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture)).ToList();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var rounds = new List<IReadOnlyList<IncomingEvent>>();
        for (var step = 0; step < BenchContent.Script.Count; step++)
        {
            var round = new List<IncomingEvent>(residents);
            foreach (var user in users)
            {
                var msgId = $"bench{user}m{step}";
                var body = UserSendText(oaId, user, BenchContent.Script[step], msgId, timestamp + step);
                round.Add(new IncomingEvent(oaId, user, "user_send_text", $"user_send_text:{msgId}", body, InboxStatus.Pending));
            }
            rounds.Add(round);
        }
        return new Workload(rounds, users);
    }

    /// <summary>A body shaped like webhook-samples/user_send_text.json.</summary>
    private static string UserSendText(string oaId, string userId, string text, string msgId, long timestamp)
    {
        using var buffer = new MemoryStream();
        // Zalo sends Vietnamese text as UTF-8, not as \u escapes.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("app_id", AppId);
            json.WriteStartObject("sender");
            json.WriteString("id", userId);
            json.WriteEndObject();
            json.WriteString("user_id_by_app", userId);
            json.WriteStartObject("recipient");
            json.WriteString("id", oaId);
            json.WriteEndObject();
            json.WriteString("event_name", "user_send_text");
            json.WriteStartObject("message");
            json.WriteString("text", text);
            json.WriteString("msg_id", msgId);
            json.WriteEndObject();
            json.WriteString("timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
