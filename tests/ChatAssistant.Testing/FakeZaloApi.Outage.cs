using Microsoft.AspNetCore.Http;

namespace ChatAssistant.Testing;

/// <summary>Outages on demand: for a while, by the fake's clock, OA API sends get HTTP 503 or a dropped connection.</summary>
public sealed partial class FakeZaloApi
{
    private readonly List<TurnedAwaySend> _turnedAway = [];
    private DateTimeOffset _outageEnds = DateTimeOffset.MinValue;
    private ZaloOutage _outage;

    /// <summary>Sends turned away by an outage, in arrival order; they are not in <see cref="Messages"/>.</summary>
    public IReadOnlyList<TurnedAwaySend> TurnedAway
    {
        get { lock (_gate) { return [.. _turnedAway]; } }
    }

    /// <summary>OA API sends fail as <paramref name="how"/> says until the fake's clock reaches <paramref name="until"/>.</summary>
    public void BeginOutage(ZaloOutage how, DateTimeOffset until)
    {
        lock (_gate)
        {
            _outage = how;
            _outageEnds = until;
        }
    }

    /// <summary>OA API sends fail as <paramref name="how"/> says for <paramref name="duration"/> of the fake's clock, from now.</summary>
    public void BeginOutage(ZaloOutage how, TimeSpan duration) => BeginOutage(how, _clock.GetUtcNow() + duration);

    /// <summary>Ends an outage before its time.</summary>
    public void EndOutage()
    {
        lock (_gate)
        {
            _outageEnds = DateTimeOffset.MinValue;
        }
    }

    /// <summary>Answers the request as a Zalo that is down, when an outage is on; returns false when it is not.</summary>
    private async Task<bool> TurnAwayAsync(HttpContext context, string? userId, string? text)
    {
        ZaloOutage how;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (now >= _outageEnds)
            {
                return false;
            }
            how = _outage;
            _turnedAway.Add(new TurnedAwaySend(userId, text, now, how));
        }
        if (how == ZaloOutage.DroppedConnection)
        {
            context.Abort();
            return true;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/html";
        await context.Response.WriteAsync("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", context.RequestAborted);
        return true;
    }
}
