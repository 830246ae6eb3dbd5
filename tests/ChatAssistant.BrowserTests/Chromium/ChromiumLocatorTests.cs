namespace ChatAssistant.BrowserTests.Chromium;

public sealed class ChromiumLocatorTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static Func<string, bool> Files(params string[] existing) => existing.Contains;

    [Fact]
    public void TheFirstKnownPathThatExistsIsUsed()
    {
        var lookup = ChromiumLocator.Find(Environment(), Files("/usr/bin/chromium-browser", "/usr/bin/google-chrome"));

        Assert.Equal("/usr/bin/chromium-browser", lookup.ExecutablePath);
        Assert.Null(lookup.SkipReason);
        Assert.Null(lookup.Failure);
    }

    [Fact]
    public void ChromiumPathWinsOverTheKnownPaths()
    {
        var lookup = ChromiumLocator.Find(Environment(("CHROMIUM_PATH", "/opt/chromium/chrome")), Files("/opt/chromium/chrome", "/usr/bin/chromium"));

        Assert.Equal("/opt/chromium/chrome", lookup.ExecutablePath);
    }

    [Fact]
    public void AChromiumPathThatDoesNotExistIsNotReplacedByAnotherBrowser()
    {
        var lookup = ChromiumLocator.Find(Environment(("CHROMIUM_PATH", "/nonexistent")), Files("/usr/bin/chromium"));

        Assert.False(lookup.Found);
        Assert.Equal(ChromiumLocator.NotInstalled, lookup.SkipReason);
    }

    [Fact]
    public void WithoutChromiumADeveloperMachineSkipsWithTheInstallCommand()
    {
        var lookup = ChromiumLocator.Find(Environment(), Files());

        Assert.Null(lookup.ExecutablePath);
        Assert.Null(lookup.Failure);
        Assert.Equal(
            "Chromium is not installed: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH.",
            lookup.SkipReason);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("True")]
    [InlineData("1")]
    public void WithoutChromiumCiFailsInsteadOfSkipping(string ci)
    {
        var lookup = ChromiumLocator.Find(Environment(("CI", ci)), Files());

        Assert.Null(lookup.SkipReason);
        Assert.NotNull(lookup.Failure);
        Assert.Contains("sudo apt-get install -y chromium", lookup.Failure, StringComparison.Ordinal);
        Assert.Contains("/usr/bin/chromium", lookup.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("")]
    public void CiSetToSomethingElseStillSkips(string ci)
    {
        var lookup = ChromiumLocator.Find(Environment(("CI", ci)), Files());

        Assert.Equal(ChromiumLocator.NotInstalled, lookup.SkipReason);
        Assert.Null(lookup.Failure);
    }

    [Fact]
    public void InCiAnInstalledChromiumIsSimplyUsed()
    {
        var lookup = ChromiumLocator.Find(Environment(("CI", "true")), Files("/usr/bin/chromium"));

        Assert.Equal("/usr/bin/chromium", lookup.ExecutablePath);
        Assert.Null(lookup.Failure);
    }
}
