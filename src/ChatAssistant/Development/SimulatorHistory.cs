using System.Globalization;
using System.Text.Json;
using ChatAssistant.Accounts;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Development;

/// <summary>A simulator user's conversation: what they sent and what the bot sent, both kept by the development sink.</summary>
public sealed class SimulatorHistory(SqliteConnectionFactory connections, AccountDirectory accounts)
{
    private const string SelectIncoming = """
        SELECT id, body, created_at AS At
        FROM dev_sink_messages
        WHERE oa_id = @oaId AND user_id = @userId AND kind = @sent AND id > @afterId
        ORDER BY id
        LIMIT 200
        """;

    private const string SelectOutgoing = """
        SELECT id, kind, body, created_at AS At
        FROM dev_sink_messages
        WHERE oa_id = @oaId AND user_id = @userId AND kind <> @sent AND id > @afterId
        ORDER BY id
        LIMIT 200
        """;

    /// <summary>Items after <paramref name="cursor"/> (opaque: <c>i{inbox id}.o{sink id}</c>), oldest first, and the next cursor.</summary>
    public SimulatorPage Read(string userId, string? cursor)
    {
        var (afterIn, afterOut) = ParseCursor(cursor);
        var oaId = accounts.Accounts[0].OaId;
        using var connection = connections.Open();
        var sent = ChatSimulator.SentKind;
        var incoming = connection.Query<(long Id, string Body, long At)>(SelectIncoming, new { oaId, userId, sent, afterId = afterIn }).AsList();
        var outgoing = connection.Query<(long Id, string Kind, string Body, long At)>(SelectOutgoing, new { oaId, userId, sent, afterId = afterOut }).AsList();
        var items = incoming.Select(r => Incoming(r.Id, r.Body, r.At))
            .Concat(outgoing.Select(r => Outgoing(r.Id, r.Body, r.At)))
            .OrderBy(i => i.At)
            .ToList();
        var next = $"i{(incoming.Count > 0 ? incoming[^1].Id : afterIn)}.o{(outgoing.Count > 0 ? outgoing[^1].Id : afterOut)}";
        return new SimulatorPage(items, next);
    }

    private static SimulatorItem Incoming(long id, string body, long at)
    {
        using var json = JsonDocument.Parse(body);
        var eventName = json.RootElement.TryGetProperty("event_name", out var e) ? e.GetString() : null;
        var message = json.RootElement.TryGetProperty("message", out var m) ? m : default;
        string? text = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("text", out var t) ? t.GetString() : null;
        var kind = eventName switch
        {
            "user_send_text" => "text",
            "user_send_image" => "image",
            "user_send_location" => "location",
            "follow" or "unfollow" or "user_click_chatnow" => eventName,
            _ => "other",
        };
        return new SimulatorItem($"i{id}", "in", kind, text ?? (kind == "other" ? eventName : null), null, null, null, Time(at));
    }

    private static SimulatorItem Outgoing(long id, string body, long at)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        string? Field(string name) => root.TryGetProperty(name, out var value) ? value.GetString() : null;
        var kind = Field("kind") switch
        {
            "Image" => "image",
            "RequestUserInfo" => "request_user_info",
            _ => "text",
        };
        return new SimulatorItem($"o{id}", "out", kind, Field("text"), Field("mediaUrl"), Field("title"), Field("subtitle"), Time(at));
    }

    private static DateTimeOffset Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs);

    private static (long In, long Out) ParseCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor == "0")
        {
            return (0, 0);
        }
        var parts = cursor.Split('.');
        return parts.Length == 2 && parts[0].StartsWith('i') && parts[1].StartsWith('o')
            && long.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var afterIn)
            && long.TryParse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var afterOut)
            ? (afterIn, afterOut)
            : throw new FormatException("after must be a cursor returned by this endpoint.");
    }
}
