namespace ChatAssistant.Messaging.Outbox;

/// <summary>
/// One send's permission from its account's <see cref="AccountPause"/>. The sender reports what the channel answered;
/// disposing it unreported (the send never reached the channel) lets another send probe.
/// </summary>
internal sealed class AccountTurn(AccountPause pause, long ticket, long version) : IDisposable
{
    private bool _reported;

    /// <summary>Non-zero when this send is the account's probe after a pause.</summary>
    public long Ticket { get; } = ticket;

    /// <summary>The pause's state when the send started.</summary>
    public long Version { get; } = version;

    public bool IsProbe => Ticket != 0;

    /// <inheritdoc cref="AccountPause.Answered"/>
    public int Answered()
    {
        _reported = true;
        return pause.Answered(this);
    }

    /// <inheritdoc cref="AccountPause.Fault"/>
    public (DateTimeOffset Until, int Faults) Unavailable(TimeSpan firstPause, TimeSpan maxPause, int? code, string? message)
    {
        _reported = true;
        return pause.Fault(this, firstPause, maxPause, code, message);
    }

    public void Dispose()
    {
        if (!_reported)
        {
            pause.Withdraw(this);
        }
    }
}
