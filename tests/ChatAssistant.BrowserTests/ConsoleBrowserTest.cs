using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests;

/// <summary>
/// Base of the officers' console tests (issue 8): a <see cref="BrowserTest"/> that can sign an officer in. Create the
/// officer through the host's services (<see cref="BrowserTest.Resolve{T}"/>) or the admin API with
/// <see cref="BrowserHost.BootstrapKey"/>, then <c>await SignInAsync(Page, "username", "password")</c>.
/// </summary>
public abstract class ConsoleBrowserTest(BrowserSession browser) : BrowserTest(browser)
{
    public const string SignInPath = "/console/sign-in";

    /// <summary>Signs in through the form as an officer would, and waits until the console has let them past it.</summary>
    protected static async Task SignInAsync(IPage page, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(SignInPath);
        await page.Locator("input[name=Username]").FillAsync(username);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        // A refused sign-in answers on the same path, so leaving it is the proof of success.
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(SignInPath, StringComparison.OrdinalIgnoreCase));
    }
}
