namespace ChatAssistant.Features.Officers;

/// <summary>What a sign-in attempt came to.</summary>
public abstract record SignInOutcome
{
    private SignInOutcome()
    {
    }

    /// <summary>Signed in: start a session carrying the stamp.</summary>
    public sealed record SignedIn(OfficerSession Session) : SignInOutcome;

    /// <summary>Unknown username, wrong password or disabled officer: one answer for all, so none can be told apart.</summary>
    public sealed record Refused : SignInOutcome;

    /// <summary>Too many wrong passwords: no password is checked until <paramref name="Until"/>.</summary>
    public sealed record Locked(DateTimeOffset Until) : SignInOutcome;
}
