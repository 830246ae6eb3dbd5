namespace ChatAssistant.BrowserTests.Chromium;

/// <summary>
/// Finds the system Chromium the browser tests drive (Playwright's own browser downloads need internet access a CI machine
/// may not have) and decides
/// what a missing one means: on a developer's machine the tests skip and say how to install it; in CI a
/// missing browser must fail the run, or a broken image would pass with every browser test silently skipped.
/// </summary>
public static class ChromiumLocator
{
    public const string PathVariable = "CHROMIUM_PATH";

    public const string NotInstalled =
        "Chromium is not installed: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH.";

    /// <summary>Where distributions put it, in the order tried when <see cref="PathVariable"/> is not set.</summary>
    public static readonly IReadOnlyList<string> KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static readonly Lazy<ChromiumLookup> OnThisMachine =
        new(() => Find(Environment.GetEnvironmentVariable, File.Exists));

    /// <summary>The lookup for this process's environment and file system, done once.</summary>
    public static ChromiumLookup Current => OnThisMachine.Value;

    /// <param name="environment">Reads an environment variable (null when unset).</param>
    /// <param name="fileExists">Tells whether a file exists.</param>
    public static ChromiumLookup Find(Func<string, string?> environment, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(fileExists);

        // A path given explicitly is the only one tried: falling back would test a browser nobody asked for.
        var configured = environment(PathVariable);
        IReadOnlyList<string> candidates = string.IsNullOrWhiteSpace(configured) ? KnownPaths : [configured.Trim()];
        if (candidates.FirstOrDefault(fileExists) is { } found)
        {
            return new ChromiumLookup(found, null, null);
        }
        return IsCi(environment("CI"))
            ? new ChromiumLookup(null, null, $"{NotInstalled} CI is set, so the browser tests fail instead of skipping (looked at {string.Join(", ", candidates)}).")
            : new ChromiumLookup(null, NotInstalled, null);
    }

    private static bool IsCi(string? value) =>
        string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase) || value?.Trim() == "1";
}
