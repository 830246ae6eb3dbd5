using System.Net;
using ChatAssistant.Features.Officers;
using ChatAssistant.Testing;

namespace ChatAssistant.IntegrationTests.Console;

/// <summary>Sessions end after the idle timeout, and after the longest session however busy it is; the clock is the test's.</summary>
public sealed class SessionExpiryTests : ConsoleTest
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    protected override TimeProvider Clock => _clock;

    protected override IDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Console:IdleTimeout"] = "00:30:00",
        ["Console:MaxSessionLength"] = "02:00:00",
    };

    [Fact]
    public async Task A_session_left_alone_longer_than_the_idle_timeout_ends()
    {
        await CreateConsoleOfficerAsync("ngoi.lau", OfficerRole.Officer, [OaA]);
        var client = await SignedInAsync("ngoi.lau");
        _clock.Advance(TimeSpan.FromMinutes(25));
        await client.GetPageAsync("/console");

        _clock.Advance(TimeSpan.FromMinutes(31));
        using var expired = await client.GetAsync("/console");

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/console/sign-in", expired.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_session_still_ends_after_the_longest_session_length()
    {
        await CreateConsoleOfficerAsync("ban.ron", OfficerRole.Officer, [OaA]);
        var client = await SignedInAsync("ban.ron");

        // A click every 20 minutes keeps sliding the 30-minute idle timeout, up to 1 h 40 min after sign-in.
        for (var click = 1; click <= 5; click++)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            await client.GetPageAsync("/console");
        }
        // 25 minutes after the last click: inside the idle timeout, past the 2-hour session.
        _clock.Advance(TimeSpan.FromMinutes(25));
        using var ended = await client.GetAsync("/console");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
    }

    [Fact]
    public async Task A_page_refreshing_itself_does_not_keep_an_unattended_session_alive()
    {
        await CreateConsoleOfficerAsync("may.tv", OfficerRole.Officer, [OaA]);
        var client = await SignedInAsync("may.tv");

        for (var poll = 1; poll <= 8; poll++)
        {
            _clock.Advance(TimeSpan.FromMinutes(5));
            using var refreshed = await client.PollAsync("/console");
        }
        using var afterIdle = await client.GetAsync("/console");

        Assert.Equal(HttpStatusCode.Redirect, afterIdle.StatusCode);
    }
}
