using System.Globalization;
using System.Text;
using ChatAssistant.Zalo.Webhooks;

namespace ChatAssistant.Bench;

/// <summary>What every event of the run shares: the app, the secret, the account, the text.</summary>
internal sealed record EventShape(string AppId, string Secret, string OaId, string Text)
{
    /// <summary>Zalo user ids are 18-digit numbers; fixed width keeps every request the same length.</summary>
    public static string UserId(int user) => (700_000_000_000_000_000L + user).ToString(CultureInfo.InvariantCulture);

    /// <summary>Unique per run, phase and event: duplicates would be acknowledged but not stored.</summary>
    public static string MessageId(string prefix, int index) => prefix + index.ToString("x8", CultureInfo.InvariantCulture);
}

/// <summary>
/// Complete HTTP/1.1 requests (headers and signed body), built before a phase starts so that
/// neither JSON nor signing is in the load generator's hot path. All requests live in one array.
/// </summary>
internal sealed class RequestArena
{
    private readonly byte[] _data;
    private readonly int[] _offsets;

    private RequestArena(byte[] data, int[] offsets)
    {
        _data = data;
        _offsets = offsets;
    }

    public int Count => _offsets.Length - 1;

    public long Bytes => _offsets[^1];

    public ReadOnlyMemory<byte> this[int index] => _data.AsMemory(_offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>
    /// Builds <paramref name="count"/> signed <c>user_send_text</c> requests to <paramref name="path"/>;
    /// request <c>i</c> comes from <paramref name="userOf"/>(i) with msg_id <c>prefix + i</c>.
    /// </summary>
    public static RequestArena Build(EventShape shape, string path, string hostHeader, string messageIdPrefix, int count, Func<int, int> userOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        // Every field is fixed width, so every request has the length of the first.
        var length = Render(shape, path, hostHeader, messageIdPrefix, 0, userOf(0), timestamp).Length;
        var total = (long)length * count;
        if (total > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"{count} requests of {length} bytes do not fit in one array; lower --max-rate.");
        }
        var data = GC.AllocateUninitializedArray<byte>((int)total);
        var offsets = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            offsets[i] = i * length;
        }
        Parallel.For(0, count, i =>
        {
            var request = Render(shape, path, hostHeader, messageIdPrefix, i, userOf(i), timestamp);
            if (request.Length != length)
            {
                throw new InvalidOperationException($"Request {i} has {request.Length} bytes, not {length}.");
            }
            request.CopyTo(data, offsets[i]);
        });
        return new RequestArena(data, offsets);
    }

    private static byte[] Render(EventShape shape, string path, string hostHeader, string prefix, int index, int user, string timestamp)
    {
        var userId = EventShape.UserId(user);
        var body = Encoding.UTF8.GetBytes(
            $$"""{"app_id":"{{shape.AppId}}","sender":{"id":"{{userId}}"},"user_id_by_app":"{{userId}}","recipient":{"id":"{{shape.OaId}}"},"event_name":"user_send_text","message":{"text":"{{shape.Text}}","msg_id":"{{EventShape.MessageId(prefix, index)}}"},"timestamp":"{{timestamp}}"}""");
        var mac = WebhookSignatureVerifier.Compute(shape.AppId, body, timestamp, shape.Secret);
        var head = Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {hostHeader}\r\nContent-Type: application/json\r\nX-ZEvent-Signature: mac={mac}\r\nContent-Length: {body.Length}\r\n\r\n");
        var request = new byte[head.Length + body.Length];
        head.CopyTo(request, 0);
        body.CopyTo(request, head.Length);
        return request;
    }
}
