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

    /// <summary>
    /// First wait after a retryable failure, doubling on each further attempt; also the first pause of an account
    /// Zalo answers "too fast" or does not answer, doubling at each probe that fails.
    /// </summary>
    public TimeSpan SendRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxSendRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest pause of an account between two probes while Zalo is down: how late sending resumes after it recovers.</summary>
    public TimeSpan MaxAccountPause { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a message that keeps failing for a passing reason (Zalo down, too fast, out of quota) is tried
    /// before it is recorded as given up. Never longer than <see cref="ReplyWindow"/>.
    /// </summary>
    public TimeSpan SendExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Zalo's window for consultation messages after the resident's last message: past it nothing reaches them, so
    /// no message is tried longer. A reply that must not be lost (a tip-off's receipt code) is tried until it closes.
    /// </summary>
    public TimeSpan ReplyWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Messages one resident may send in a minute, each answered; past it the first is answered with a request to wait
    /// and the rest get no turn (only the emergency number, when they call for it).
    /// </summary>
    public int MaxMessagesPerResidentPerMinute { get; set; } = 20;

    /// <summary>How long a delivered message's text is kept in the outbox; zero empties it as it is sent.</summary>
    public TimeSpan SentTextRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long the text of a message that could not be delivered is kept, for an operator to look into.</summary>
    public TimeSpan FailedTextRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the loops look at the tables even without a wake-up (a safety net).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
