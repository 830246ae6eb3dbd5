using ChatAssistant.BrowserTests.Chromium;

namespace ChatAssistant.BrowserTests;

/// <summary>
/// A test that drives Chromium: skipped, with the command that installs it, when the machine has none; run (and so
/// failed) in CI. xunit 2 cannot skip at run time, so the decision is made when the attribute is read.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ChromiumLocator.Current.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
