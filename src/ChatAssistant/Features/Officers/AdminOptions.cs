namespace ChatAssistant.Features.Officers;

/// <summary>The <c>Admin</c> section: how the first administrator gets in before any officer exists.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Minimum length, so a bootstrap key cannot be guessed in practice.</summary>
    public const int MinimumKeyLength = 24;

    /// <summary>An admin key for first set-up of the officer API; from the environment, never a committed file.</summary>
    public string? BootstrapApiKey { get; set; }
}
