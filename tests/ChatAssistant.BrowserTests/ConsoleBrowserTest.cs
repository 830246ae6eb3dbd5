using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests;

/// <summary>
/// Base of the officers' console tests: a <see cref="BrowserTest"/> that creates officers with passwords and signs
/// them in: <c>await SignInAsAsync(Page, OfficerRole.Officer)</c>.
/// </summary>
public abstract class ConsoleBrowserTest(BrowserSession browser) : BrowserTest(browser)
{
    public const string SignInPath = "/console/sign-in";
    public const string Password = "mat-khau-thu-nghiem-7";

    /// <summary>Creates a console officer directly in the store, as an admin's form would.</summary>
    protected Task<long> CreateOfficerAsync(string username, OfficerRole role, string[] oaIds, string? name = null) =>
        WithServicesAsync(services =>
        {
            var officers = services.GetRequiredService<OfficerStore>();
            return services.GetRequiredService<SqliteWriter>().WriteAsync((c, t) =>
                officers.CreateWithPassword(c, t, name ?? username, username, OfficerPasswords.Hash(Password), false, role, oaIds).Id);
        });

    /// <summary>Creates an officer of <paramref name="role"/> on account A (or <paramref name="oaIds"/>) and signs them in on <paramref name="page"/>.</summary>
    protected async Task<string> SignInAsAsync(IPage page, OfficerRole role, string name = "Nguyễn Văn An", params string[] oaIds)
    {
        var username = $"{role.ToName()}.{Guid.NewGuid():N}"[..16];
        await CreateOfficerAsync(username, role, oaIds.Length == 0 ? [BrowserHost.OaA] : oaIds, name);
        await SignInAsync(page, username, Password);
        return username;
    }

    /// <summary>Signs in through the form as an officer would, and waits until the console has let them past it.</summary>
    protected static async Task SignInAsync(IPage page, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(SignInPath);
        await page.Locator("input[name=Username]").FillAsync(username);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        // A refused sign-in answers on the same path, so leaving it is the proof of success. The wait ends when the next
        // page commits, then the sign-out button (on every signed-in page, never on the form) shows it was rendered;
        // waiting for the page's load event instead now and then missed an event Chromium had already sent.
        await page.WaitForURLAsync(
            url => !new Uri(url).AbsolutePath.StartsWith(SignInPath, StringComparison.OrdinalIgnoreCase),
            new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("header form[action='/console/sign-out']")).ToBeAttachedAsync(new() { Timeout = 10_000 });
    }
}
