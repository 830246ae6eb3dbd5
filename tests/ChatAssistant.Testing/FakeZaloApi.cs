using System.Net;
using ChatAssistant.Zalo.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Testing;

/// <summary>
/// A stand-in for Zalo's OA API, ZNS and OAuth v4 on one local Kestrel host, so clients are tested over real HTTP.
/// It enforces access tokens and single-use refresh tokens like Zalo, records every send, and fails on demand.
/// Thread-safe: the service under test may send from several workers at once.
/// </summary>
public sealed partial class FakeZaloApi : IAsyncDisposable
{
    public const string DefaultAppId = "fake-app-id";
    public const string DefaultAppSecret = "fake-app-secret";

    private readonly Lock _gate = new();
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly HashSet<string> _accessTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Queue<int> _nextSendFailures = new();
    private readonly Dictionary<string, int> _userFailures = new(StringComparer.Ordinal);
    private readonly List<ReceivedMessage> _messages = [];
    private readonly List<ReceivedMessage> _accepted = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private TimeSpan _latency;
    private int _refreshCount;
    private int _nextRefreshFailures;
    private long _lastIssuedId;

    private FakeZaloApi(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The <c>app_id</c> a refresh must carry.</summary>
    public string AppId { get; set; } = DefaultAppId;

    /// <summary>The <c>secret_key</c> header a refresh must carry.</summary>
    public string AppSecret { get; set; } = DefaultAppSecret;

    /// <summary>Lifetime announced in refresh answers, in seconds.</summary>
    public int ExpiresInSeconds { get; set; } = 90_000;

    /// <summary>Zalo sends <c>expires_in</c> as a string; set this to send a JSON number and test tolerance.</summary>
    public bool ExpiresInAsNumber { get; set; }

    /// <summary>Delay before every answer, to exercise timeouts and concurrency.</summary>
    public TimeSpan Latency
    {
        get { lock (_gate) { return _latency; } }
        set { lock (_gate) { _latency = value; } }
    }

    /// <summary>Every send request received, accepted or not, in arrival order.</summary>
    public IReadOnlyList<ReceivedMessage> Messages
    {
        get { lock (_gate) { return [.. _messages]; } }
    }

    /// <summary>The sends answered with <c>error</c> 0.</summary>
    public IReadOnlyList<ReceivedMessage> AcceptedMessages
    {
        get { lock (_gate) { return [.. _accepted]; } }
    }

    /// <summary>Refresh requests received, whatever their outcome.</summary>
    public int RefreshCount => Volatile.Read(ref _refreshCount);

    public static async Task<FakeZaloApi> StartAsync(TimeProvider? clock = null)
    {
        // The empty builder reads no appsettings.json, environment or command line, so nothing from the
        // test's output folder (a Kestrel section, ASPNETCORE_URLS) can move the port or turn on logging.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();

        var fake = new FakeZaloApi(builder.Build(), clock ?? TimeProvider.System);
        fake.MapEndpoints();
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Urls.Single());
        return fake;
    }

    /// <summary>Options that point every Zalo base URL at this fake, with its app id and secret.</summary>
    public ZaloOptions CreateOptions() => new()
    {
        AppId = AppId,
        AppSecret = AppSecret,
        ApiBaseUrl = BaseUrl,
        OAuthBaseUrl = BaseUrl,
        ZnsBaseUrl = BaseUrl,
    };

    /// <summary>Makes an access token valid for sends and a refresh token valid for one refresh.</summary>
    public void IssueTokens(string accessToken, string refreshToken)
    {
        lock (_gate)
        {
            _accessTokens.Add(accessToken);
            _refreshTokens.Add(refreshToken);
        }
    }

    /// <summary>Sends with this token will answer -216 from now on.</summary>
    public void ExpireAccessToken(string token)
    {
        lock (_gate)
        {
            _accessTokens.Remove(token);
        }
    }

    public bool IsAccessTokenValid(string token)
    {
        lock (_gate)
        {
            return _accessTokens.Contains(token);
        }
    }

    public bool IsRefreshTokenValid(string token)
    {
        lock (_gate)
        {
            return _refreshTokens.Contains(token);
        }
    }

    /// <summary>The next <paramref name="count"/> sends that carry a valid token answer <paramref name="errorCode"/>.</summary>
    public void FailNextSends(int errorCode, int count = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _nextSendFailures.Enqueue(errorCode);
            }
        }
    }

    /// <summary>Every send to this user answers <paramref name="errorCode"/> until <see cref="ClearScriptedFailures"/>.</summary>
    public void FailAlwaysForUser(string userId, int errorCode)
    {
        lock (_gate)
        {
            _userFailures[userId] = errorCode;
        }
    }

    /// <summary>The next <paramref name="count"/> refresh requests answer HTTP 503 without touching any token.</summary>
    public void FailNextRefreshes(int count = 1)
    {
        lock (_gate)
        {
            _nextRefreshFailures += count;
        }
    }

    public void ClearScriptedFailures()
    {
        lock (_gate)
        {
            _nextSendFailures.Clear();
            _userFailures.Clear();
            _nextRefreshFailures = 0;
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> sends were accepted; returns the accepted sends.</summary>
    /// <exception cref="TimeoutException">Fewer were accepted in time; the message lists what arrived.</exception>
    public async Task<IReadOnlyList<ReceivedMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_accepted.Count >= count)
            {
                return [.. _accepted];
            }

            _waiters.Add((count, done));
        }

        try
        {
            await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.Remove((count, done));
                var seen = string.Join(Environment.NewLine, _messages.Select(m => $"  {m.Path} to {m.UserId}: error {m.AnsweredError}, \"{m.Text}\""));
                throw new TimeoutException(
                    $"Expected {count} accepted message(s) within {timeout}; {_accepted.Count} accepted of {_messages.Count} received:{Environment.NewLine}{seen}");
            }
        }

        return AcceptedMessages;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapEndpoints()
    {
        _app.MapPost("/v3.0/oa/message/cs", HandleSendAsync);
        _app.MapPost("/v3.0/oa/message/transaction", HandleSendAsync);
        _app.MapPost("/v3.0/oa/message/promotion", HandleSendAsync);
        _app.MapPost("/v3.0/oa/message/template", HandleSendAsync);
        MapZnsEndpoints();
        MapMediaEndpoints();
        _app.MapPost("/v2.0/oa/message", HandleRetiredV2Async);
        _app.MapPost("/v4/oa/access_token", HandleAccessTokenAsync);
    }

    private async Task DelayAsync(HttpContext context)
    {
        var latency = Latency;
        if (latency > TimeSpan.Zero)
        {
            // Real time on purpose: the latency is there to trip the client's real HTTP timeout.
            await Task.Delay(latency, context.RequestAborted);
        }
    }
}
