using ChatAssistant.Features.Procedures;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.PublicPages;

/// <summary>The public procedure pages in a real browser: the smoke test of the whole browser stack.</summary>
public sealed class ProcedurePagesBrowserTests(BrowserSession browser) : BrowserTest(browser)
{
    [BrowserFact]
    public Task ResidentOpensTheListAndFollowsAProcedureLink() => RunAsync(async () =>
    {
        await Page.GotoAsync("/thu-tuc");

        var heading = Page.GetByRole(AriaRole.Heading, new() { Name = "Thủ tục hành chính", Level = 1 });
        Assert.True(await heading.IsVisibleAsync(), "the list's heading is visible");
        var link = Page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký thường trú", Exact = true });
        Assert.True(await link.IsVisibleAsync(), "a procedure's link is visible");
        var catalogue = Resolve<ProcedureCatalogue>();
        Assert.Equal(catalogue.Fields.Sum(f => f.Procedures.Count), await Page.Locator("main li a").CountAsync());
        await Screenshots.SaveAsync(Page, "public-procedure-list");

        await link.ClickAsync();

        await Page.WaitForURLAsync("**/thu-tuc/thuong-tru-dang-ky");
        Assert.Equal("Đăng ký thường trú", await Page.Locator("h1").InnerTextAsync());
        Assert.True(await Page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ cần chuẩn bị" }).IsVisibleAsync());
        await Screenshots.SaveAsync(Page, "public-procedure-page");
    });

    [BrowserFact]
    public Task PagesFitAPhoneWithoutScrollingSideways() => RunAsync(async () =>
    {
        var phone = await NewPageAsync(BrowserSession.Phone);

        foreach (var path in new[] { "/thu-tuc", "/thu-tuc/thuong-tru-dang-ky" })
        {
            var response = await phone.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            var (scrollWidth, innerWidth) = await WidthsAsync(phone);
            // Without a device-width viewport a phone lays the page out 980 px wide, and nothing would overflow it.
            Assert.Equal(BrowserSession.Phone.Width, innerWidth);
            Assert.True(scrollWidth <= innerWidth, $"{path}: {scrollWidth} px of content in a {innerWidth} px wide window");
        }
        await Screenshots.SaveAsync(phone, "public-procedure-page-phone");
    });

    private static async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
