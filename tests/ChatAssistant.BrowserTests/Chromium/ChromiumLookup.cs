namespace ChatAssistant.BrowserTests.Chromium;

/// <summary>Where Chromium was found, or why the browser tests skip (<see cref="SkipReason"/>) or fail (<see cref="Failure"/>).</summary>
public sealed record ChromiumLookup(string? ExecutablePath, string? SkipReason, string? Failure)
{
    public bool Found => ExecutablePath is not null;
}
