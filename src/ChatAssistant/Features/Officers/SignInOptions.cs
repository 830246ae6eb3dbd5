namespace ChatAssistant.Features.Officers;

/// <summary>The <c>Console</c> section: how officers sign in to the web console and how long a session lasts.</summary>
public sealed class SignInOptions
{
    public const string SectionName = "Console";

    /// <summary>Wrong passwords in a row, for one username from one client address, before that address is held back.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>The first hold; each wrong password after a hold doubles the next one (an admin can lift them sooner).</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest hold, however many wrong passwords came before.</summary>
    public TimeSpan MaxLockoutDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A session unused this long ends; each request extends it.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in however busy it is: a shared office PC does not stay signed in for days.</summary>
    public TimeSpan MaxSessionLength { get; set; } = TimeSpan.FromHours(10);

    /// <summary>Shortest password accepted.</summary>
    public int MinimumPasswordLength { get; set; } = 10;

    /// <summary>
    /// Marks the console's cookies Secure, so browsers send them over https only. Null: on everywhere but in
    /// Development. Behind a reverse proxy that ends https, name it in <c>ForwardedHeaders:KnownProxies</c>, so the host
    /// sees https.
    /// </summary>
    public bool? SecureCookies { get; set; }

    /// <summary>The first admin, created at start-up when no officer has this username yet; from the environment.</summary>
    public FirstAdminOptions FirstAdmin { get; set; } = new();
}

/// <summary><c>Console:FirstAdmin</c>: a username and a one-time password the admin must change at first sign-in.</summary>
public sealed class FirstAdminOptions
{
    public string? Username { get; set; }

    public string? Password { get; set; }
}
