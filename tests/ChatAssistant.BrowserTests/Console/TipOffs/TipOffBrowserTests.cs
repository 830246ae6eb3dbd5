using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Evidence;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.TipOffs;

/// <summary>A leader opens a tip-off from the inbox, sees its photo, and finds the opening in the audit log.</summary>
public sealed class TipOffBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    private const string Story = "Có người bán ma tuý ở quán nước đầu hẻm 12 mỗi tối";

    [BrowserFact]
    public Task OpenATipOffAndSeeTheAuditEntry() => RunAsync(async () =>
    {
        var id = await ReportWithPhotoAsync();
        await SignInAsAsync(Page, OfficerRole.Leader, "Trần Thị Bình");

        await Page.GotoAsync("/console/tip-offs");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"#{id}" })).ToBeVisibleAsync();
        Assert.False(await Page.GetByText(Story).IsVisibleAsync());
        await Screenshots.SaveAsync(Page, "console-tipoffs-inbox");

        await Page.GetByRole(AriaRole.Link, new() { Name = $"#{id}" }).ClickAsync();
        await Page.WaitForURLAsync($"**/console/tip-offs/{id}?*");
        await Assertions.Expect(Page.GetByText(Story)).ToBeVisibleAsync();
        var photo = Page.Locator("img[alt^='Ảnh bằng chứng']");
        await Assertions.Expect(photo).ToBeVisibleAsync();
        await Page.WaitForFunctionAsync("() => { const i = document.querySelector(\"img[alt^='Ảnh bằng chứng']\"); return i && i.complete && i.naturalWidth > 0; }");
        var seen = Page.Locator("table.list").Last;
        await Assertions.Expect(seen).ToContainTextAsync("Xem tin báo");
        await Assertions.Expect(seen).ToContainTextAsync("Trần Thị Bình");
        await Screenshots.SaveAsync(Page, "console-tipoff-detail");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nhật ký" }).ClickAsync();
        await Page.WaitForURLAsync("**/console/audit");
        var row = Page.Locator("tr", new() { HasText = "tipoff.view" });
        await Assertions.Expect(row).ToContainTextAsync("Trần Thị Bình");
        await Assertions.Expect(row).ToContainTextAsync("Xem tin báo");
        await Assertions.Expect(Page.Locator("tr", new() { HasText = "tipoff.evidence.download" })).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(Page, "console-audit");
    });

    /// <summary>A report of account A with one photo, fetched from the fake Zalo API and stored by the running host.</summary>
    private async Task<long> ReportWithPhotoAsync()
    {
        var photo = SamplePhoto.Png();
        var url = Zalo.AddMedia(photo, "image/png");
        var (id, _) = await Resolve<TipOffStore>().CreateAsync(new NewTipOff(BrowserHost.OaA, "drugs", Story, Anonymous: true)
        {
            Evidence = [new EvidenceSource("image", url.ToString(), "anh.png", photo.Length, "image/png")],
        });
        Resolve<EvidenceArrivals>().Notify();
        var evidence = Resolve<EvidenceStore>();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(10);
        while (evidence.List(id).Single() is { Status: EvidenceStatus.Pending } && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal(EvidenceStatus.Stored, evidence.List(id).Single().Status);
        return id;
    }
}
