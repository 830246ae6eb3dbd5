namespace ChatAssistant.Messaging;

/// <summary>The <c>Messaging</c> section: how turns and deliveries are run.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>Turns running at the same time (each for a different resident).</summary>
    public int MaxConcurrentTurns { get; set; } = 32;

    /// <summary>Attempts at a turn before it is parked as failed and the resident gets an apology.</summary>
    public int MaxTurnAttempts { get; set; } = 3;

    public TimeSpan TurnRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Envelopes held in memory ahead of their turn; the rest wait in the database.</summary>
    public int MaxQueuedTurns { get; set; } = 5000;

    /// <summary>Deliveries in flight at the same time across all accounts.</summary>
    public int MaxConcurrentSends { get; set; } = 64;

    /// <summary>Attempts at a retryable delivery before it is recorded as failed.</summary>
    public int MaxSendAttempts { get; set; } = 8;

    /// <summary>First wait after a retryable failure; doubles on each further attempt.</summary>
    public TimeSpan SendRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxSendRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the loops look at the tables even without a wake-up (a safety net).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
