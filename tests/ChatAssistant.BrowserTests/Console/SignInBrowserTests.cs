using ChatAssistant.Features.Officers;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console;

/// <summary>Signing in to the console in a real browser, on a PC and on a phone.</summary>
public sealed class SignInBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    [BrowserFact]
    public Task OfficerSignsInSeesTheirNameAndSignsOut() => RunAsync(async () =>
    {
        await CreateOfficerAsync("nguyen.an", OfficerRole.Officer, [BrowserHost.OaA], "Nguyễn Văn An");
        await Page.GotoAsync("/console");
        Assert.EndsWith(SignInPath, new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
        await Screenshots.SaveAsync(Page, "console-sign-in");

        await SignInAsync(Page, "nguyen.an", Password);

        Assert.Equal("/console", new Uri(Page.Url).AbsolutePath);
        Assert.True(await Page.GetByText("Nguyễn Văn An · Cán bộ").IsVisibleAsync());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Page.WaitForURLAsync("**/console/sign-in?signedOut=*");
        Assert.True(await Page.GetByText("Bạn đã đăng xuất.").IsVisibleAsync());
        await Page.GotoAsync("/console");
        Assert.EndsWith(SignInPath, new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
    });

    [BrowserFact]
    public Task AWrongPasswordIsRefusedWithAMessageAndTheUsernameKept() => RunAsync(async () =>
    {
        await CreateOfficerAsync("tran.binh", OfficerRole.Officer, [BrowserHost.OaA]);
        await Page.GotoAsync(SignInPath);

        await Page.Locator("input[name=Username]").FillAsync("tran.binh");
        await Page.Locator("input[name=Password]").FillAsync("khong-phai-mat-khau");
        await Page.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        Assert.Equal("tran.binh", await Page.Locator("input[name=Username]").InputValueAsync());
        Assert.Equal("", await Page.Locator("input[name=Password]").InputValueAsync());
        Assert.EndsWith(SignInPath, new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
        await Screenshots.SaveAsync(Page, "console-sign-in-refused");
    });
}
