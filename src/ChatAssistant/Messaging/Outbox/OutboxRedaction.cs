namespace ChatAssistant.Messaging.Outbox;

/// <summary>What the outbox forgets of a row once it is delivered or given up on (<c>redact_after_send</c>).</summary>
public enum OutboxRedaction
{
    /// <summary>Kept as sent, for operators.</summary>
    None = 0,

    /// <summary>The body is emptied: it carried words the service keeps only encrypted (a tip-off, a receipt code).</summary>
    Body = 1,

    /// <summary>The body is emptied and the resident's id replaced: the row must not tie the resident to an anonymous report.</summary>
    BodyAndResident = 2,
}
