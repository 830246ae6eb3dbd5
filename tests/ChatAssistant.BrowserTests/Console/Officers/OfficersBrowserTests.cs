using ChatAssistant.Features.Officers;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.Officers;

/// <summary>An admin gives a new colleague an account; the colleague signs in with the temporary password and picks their own.</summary>
public sealed class OfficersBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    [BrowserFact]
    public Task AdminCreatesAnOfficerWhoThenChoosesTheirOwnPassword() => RunAsync(async () =>
    {
        await SignInAsAsync(Page, OfficerRole.Admin, "Quản Trị Viên");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Cán bộ", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Thêm cán bộ" }).ClickAsync();

        await Page.GetByLabel("Họ tên").FillAsync("Đinh Văn Mới");
        await Page.GetByLabel("Tên đăng nhập").FillAsync("dinh.moi");
        await Page.GetByLabel("Vai trò").SelectOptionAsync("officer");
        await Page.GetByLabel("Công an phường Thử").CheckAsync();
        await Screenshots.SaveAsync(Page, "console-officer-new");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        var temporary = await Page.GetByTestId("temporary-password").InnerTextAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Về danh sách" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Đinh Văn Mới" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "console-officers");

        var colleague = await NewPageAsync(BrowserSession.Phone);
        await SignInAsync(colleague, "dinh.moi", temporary);
        Assert.EndsWith("/console/password", new Uri(colleague.Url).AbsolutePath, StringComparison.Ordinal);
        await colleague.GetByLabel("Mật khẩu hiện tại").FillAsync(temporary);
        await colleague.Locator("input[name=New]").FillAsync("dinh-moi-mat-khau");
        await colleague.GetByLabel("Nhập lại mật khẩu mới").FillAsync("dinh-moi-mat-khau");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Lưu mật khẩu mới" }).ClickAsync();
        await Assertions.Expect(colleague.GetByText("Đã đổi mật khẩu.")).ToBeVisibleAsync();
        var widths = await colleague.EvaluateAsync<int[]>("[document.scrollingElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the page scrolls sideways on a phone: {widths[0]} > {widths[1]}");
        await Screenshots.SaveAsync(colleague, "console-password-phone");
    });
}
