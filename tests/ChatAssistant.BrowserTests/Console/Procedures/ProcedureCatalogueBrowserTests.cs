using ChatAssistant.Features.Officers;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.Procedures;

/// <summary>The procedure catalogue in a real browser: every QR code is an image that decodes.</summary>
public sealed class ProcedureCatalogueBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    [BrowserFact]
    public Task TheCatalogueShowsEveryProcedureWithAQrCode() => RunAsync(async () =>
    {
        await SignInAsAsync(Page, OfficerRole.Viewer);
        await Page.GotoAsync("/console/procedures");

        var count = Resolve<ChatAssistant.Features.Procedures.ProcedureCatalogue>().Procedures.Count();
        await Assertions.Expect(Page.Locator("img.qr")).ToHaveCountAsync(count);
        // Every code decoded as an image (a broken data: URL has no natural width).
        Assert.True(await Page.Locator("img.qr").EvaluateAllAsync<bool>("images => images.every(i => i.complete && i.naturalWidth > 0)"));
        await Screenshots.SaveAsync(Page, "console-procedures");
    });
}
