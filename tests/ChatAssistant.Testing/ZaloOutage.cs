namespace ChatAssistant.Testing;

/// <summary>How <see cref="FakeZaloApi"/> answers sends while it plays a Zalo that is down.</summary>
public enum ZaloOutage
{
    /// <summary>HTTP 503 with an HTML page, as a gateway in front of a failing service answers.</summary>
    ServiceUnavailable,

    /// <summary>The connection is closed once the request is read, without any answer.</summary>
    DroppedConnection,
}
