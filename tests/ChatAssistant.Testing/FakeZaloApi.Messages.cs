using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatAssistant.Testing;

public sealed partial class FakeZaloApi
{
    private const int TextLimit = 2000;
    private const int RateLimitPerMinute = 4000;

    // Sends of the last minute, oldest first: the rate-limit header counts these, not every send ever received,
    // so the fake answers as fast at the 100,000th send as at the first.
    private readonly Queue<DateTimeOffset> _lastMinute = new();

    private async Task HandleSendAsync(HttpContext context)
    {
        await DelayAsync(context);
        string body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var path = context.Request.Path.Value ?? "";
        var isZns = path == "/message/template";
        var token = context.Request.Headers["access_token"].FirstOrDefault();
        var (userId, text, problem) = Inspect(path, body);
        if (await TurnAwayAsync(context, userId, text))
        {
            return;
        }

        int error;
        string? messageId = null;
        int remain;
        lock (_gate)
        {
            // Zalo checks the token first, then the request, then the recipient.
            error = token is null || !_accessTokens.Contains(token) ? -216
                : problem is not null ? -201
                : userId is not null && _userFailures.TryGetValue(userId, out var userFailure) ? userFailure
                : _nextSendFailures.TryDequeue(out var scripted) ? scripted
                : 0;
            if (error == 0)
            {
                messageId = (++_lastIssuedId).ToString("x16", CultureInfo.InvariantCulture);
            }

            var received = new ReceivedMessage(path, token, userId, text, body, _clock.GetUtcNow(), error, messageId);
            _messages.Add(received);
            _lastMinute.Enqueue(received.ReceivedAt);
            while (_lastMinute.Peek() <= received.ReceivedAt.AddMinutes(-1))
            {
                _lastMinute.Dequeue();
            }
            remain = Math.Max(0, RateLimitPerMinute - _lastMinute.Count);
            if (error == 0)
            {
                _accepted.Add(received);
                ReleaseWaiters();
            }
        }

        context.Response.Headers["X-RateLimit-Limit"] = RateLimitPerMinute.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Remain"] = remain.ToString(CultureInfo.InvariantCulture);
        var answer = error == 0
            ? new JsonObject
            {
                ["data"] = isZns
                    ? new JsonObject { ["msg_id"] = messageId, ["sent_time"] = _clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) }
                    : new JsonObject { ["message_id"] = messageId, ["user_id"] = userId },
                ["error"] = 0,
                ["message"] = "Success",
            }
            : new JsonObject { ["error"] = error, ["message"] = problem ?? Describe(error) };
        await WriteJsonAsync(context, answer);
    }

    private static Task HandleRetiredV2Async(HttpContext context) =>
        WriteJsonAsync(context, new JsonObject { ["error"] = -240, ["message"] = "The API v2 for sending message was shut down" });

    /// <summary>Releases waiters whose count is reached; called under the lock.</summary>
    private void ReleaseWaiters()
    {
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            if (_waiters[i].Count <= _accepted.Count)
            {
                _waiters[i].Done.TrySetResult();
                _waiters.RemoveAt(i);
            }
        }
    }

    /// <summary>Pulls the recipient and text out of a body and says what Zalo would call an invalid parameter.</summary>
    private static (string? UserId, string? Text, string? Problem) Inspect(string path, string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return (null, null, "Invalid parameter: body is not JSON");
        }

        if (root is not JsonObject obj)
        {
            return (null, null, "Invalid parameter: body is not a JSON object");
        }

        var message = obj["message"] as JsonObject;
        var userId = ReadString(obj["recipient"]?["user_id"]) ?? ReadString(obj["user_id"]) ?? ReadString(obj["phone"]);
        var text = ReadString(message?["text"]);
        if (userId is null)
        {
            return (null, text, "Invalid parameter: no recipient");
        }

        if (path.StartsWith("/v3.0/oa/message/", StringComparison.Ordinal) && !path.EndsWith("/template", StringComparison.Ordinal))
        {
            if (message is null || (text is null && message["attachment"] is null))
            {
                return (userId, text, "Invalid parameter: message has neither text nor attachment");
            }

            if (text is { Length: > TextLimit })
            {
                return (userId, text, $"Invalid parameter: text is longer than {TextLimit} characters");
            }
        }

        return (userId, text, null);
    }

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    private static string Describe(int error) => error switch
    {
        -32 => "The request exceeded the rate limit",
        -211 => "Out of quota",
        -213 => "User has not followed OA",
        -216 => "Access token is invalid",
        -220 => "Access token has expired",
        -230 => "User has not interacted with the OA in the last 7 days",
        -232 => "User has not interacted with the OA or the interaction expired",
        -234 => "Cannot send promotion messages between 22:00 and 06:00",
        _ => "Scripted failure",
    };

    private static async Task WriteJsonAsync(HttpContext context, JsonObject answer)
    {
        // Zalo answers HTTP 200 whatever the error; clients must read "error".
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }
}
