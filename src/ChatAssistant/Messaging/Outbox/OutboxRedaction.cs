namespace ChatAssistant.Messaging.Outbox;

/// <summary>What the outbox forgets of a row once it is delivered or given up on (<c>redact_after_send</c>).</summary>
public enum OutboxRedaction
{
    /// <summary>Kept as sent, for operators.</summary>
    None = 0,

    /// <summary>The body is emptied: it carried words the service keeps only encrypted (a tip-off, a receipt code).</summary>
    Body = 1,

    /// <summary>
    /// The body is emptied, the resident's id replaced and the times kept to the hour, whether delivered or given up: a
    /// private flow's reply (a tip-off), which must not tie the resident to an anonymous report.
    /// </summary>
    BodyAndResident = 2,

    /// <summary>
    /// Once delivered, as <see cref="BodyAndResident"/>: a reply to a resident's message, whose words live on (masked) in
    /// the transcript, and which must look like a private flow's reply so that those cannot be told apart. Given up,
    /// it keeps resident and text for operators, for <see cref="MessagingOptions.FailedTextRetention"/>.
    /// </summary>
    AllOnceDelivered = 3,
}
