using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatAssistant.Testing;

/// <summary>ZNS (<c>POST /message/template</c>): records template messages, keeps Zalo's 22:00–06:00 rule when asked, fails on demand.</summary>
public sealed partial class FakeZaloApi
{
    /// <summary>Zalo's answer to a ZNS message sent between 22:00 and 06:00 Vietnamese time.</summary>
    public const int ZnsQuietHoursError = -133;

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private readonly List<ReceivedTemplateMessage> _templates = [];
    private readonly Queue<int> _nextTemplateFailures = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _templateWaiters = [];
    private bool _enforceZnsQuietHours;

    /// <summary>Every ZNS request received, accepted or not, in arrival order.</summary>
    public IReadOnlyList<ReceivedTemplateMessage> TemplateMessages
    {
        get { lock (_gate) { return [.. _templates]; } }
    }

    /// <summary>When set, ZNS requests the fake's clock puts between 22:00 and 06:00 in Vietnam answer -133.</summary>
    public bool EnforceZnsQuietHours
    {
        get { lock (_gate) { return _enforceZnsQuietHours; } }
        set { lock (_gate) { _enforceZnsQuietHours = value; } }
    }

    /// <summary>The next <paramref name="count"/> ZNS requests with a valid token answer <paramref name="errorCode"/>.</summary>
    public void FailNextTemplateSends(int errorCode, int count = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _nextTemplateFailures.Enqueue(errorCode);
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> ZNS messages were accepted; returns them.</summary>
    public async Task<IReadOnlyList<ReceivedTemplateMessage>> WaitForTemplateMessagesAsync(int count, TimeSpan timeout)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_templates.Count(t => t.Accepted) >= count)
            {
                return [.. _templates.Where(t => t.Accepted)];
            }
            _templateWaiters.Add((count, done));
        }
        try
        {
            await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _templateWaiters.Remove((count, done));
                var seen = string.Join(", ", _templates.Select(t => $"{t.TrackingId}: error {t.AnsweredError}"));
                throw new TimeoutException($"Expected {count} accepted ZNS message(s) within {timeout}; received: [{seen}]");
            }
        }
        lock (_gate)
        {
            return [.. _templates.Where(t => t.Accepted)];
        }
    }

    private void MapZnsEndpoints() => _app.MapPost("/message/template", HandleTemplateAsync);

    private async Task HandleTemplateAsync(HttpContext context)
    {
        await DelayAsync(context);
        string body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        var token = context.Request.Headers["access_token"].FirstOrDefault();
        var (phone, templateId, data, trackingId, problem) = InspectTemplate(body);
        var now = _clock.GetUtcNow();

        int error;
        string? messageId = null;
        lock (_gate)
        {
            error = token is null || !_accessTokens.Contains(token) ? -216
                : problem is not null ? -201
                : _enforceZnsQuietHours && IsQuietHour(now) ? ZnsQuietHoursError
                : _nextTemplateFailures.TryDequeue(out var scripted) ? scripted
                : 0;
            if (error == 0)
            {
                messageId = (++_lastIssuedId).ToString("x16", CultureInfo.InvariantCulture);
            }
            var received = new ReceivedTemplateMessage(phone, templateId, data, trackingId, now, error);
            _templates.Add(received);
            // Also in the list of every send, where the generic send tests look.
            _messages.Add(new ReceivedMessage(context.Request.Path.Value ?? "", token, phone, null, body, now, error, messageId));
            if (error == 0)
            {
                var accepted = _templates.Count(t => t.Accepted);
                for (var i = _templateWaiters.Count - 1; i >= 0; i--)
                {
                    if (_templateWaiters[i].Count <= accepted)
                    {
                        _templateWaiters[i].Done.TrySetResult();
                        _templateWaiters.RemoveAt(i);
                    }
                }
            }
        }

        var answer = error == 0
            ? new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["msg_id"] = messageId,
                    ["sent_time"] = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                    ["quota"] = new JsonObject { ["dailyQuota"] = "500", ["remainingQuota"] = "499" },
                },
                ["error"] = 0,
                ["message"] = "Success",
            }
            : new JsonObject { ["error"] = error, ["message"] = problem ?? DescribeTemplateError(error) };
        await WriteJsonAsync(context, answer);
    }

    private static bool IsQuietHour(DateTimeOffset now)
    {
        var hour = now.ToOffset(VietnamOffset).Hour;
        return hour is >= 22 or < 6;
    }

    private static (string? Phone, string? TemplateId, Dictionary<string, string> Data, string? TrackingId, string? Problem) InspectTemplate(string body)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        JsonObject? obj;
        try
        {
            obj = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return (null, null, data, null, "Invalid parameter: body is not JSON");
        }
        if (obj is null)
        {
            return (null, null, data, null, "Invalid parameter: body is not a JSON object");
        }
        var phone = ReadString(obj["phone"]);
        var templateId = ReadString(obj["template_id"]);
        var trackingId = ReadString(obj["tracking_id"]);
        if (obj["template_data"] is JsonObject fields)
        {
            foreach (var (name, value) in fields)
            {
                data[name] = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
            }
        }
        var problem = phone is null || !phone.StartsWith("84", StringComparison.Ordinal) || !phone.All(char.IsAsciiDigit)
                ? "Invalid parameter: phone must be 84…"
            : string.IsNullOrEmpty(templateId) ? "Invalid parameter: no template_id"
            : obj["template_data"] is not JsonObject ? "Invalid parameter: no template_data"
            : trackingId is { Length: > 48 } ? "Invalid parameter: tracking_id longer than 48 characters"
            : null;
        return (phone, templateId, data, trackingId, problem);
    }

    private static string DescribeTemplateError(int error) => error switch
    {
        ZnsQuietHoursError => "Cannot send ZNS between 22:00 and 06:00",
        _ => Describe(error),
    };
}
