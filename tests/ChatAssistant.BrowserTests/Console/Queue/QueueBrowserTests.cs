using ChatAssistant.Features.Officers;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.Queue;

/// <summary>The counter's day in a real browser: a walk-in ticket, call next, and the number on the office TV.</summary>
public sealed class QueueBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    [BrowserFact]
    public Task WalkInTicketAndCallNext() => RunAsync(async () =>
    {
        await SignInAsAsync(Page, OfficerRole.Officer);
        await Page.GotoAsync("/console/queue?oa=" + BrowserHost.OaA);
        var tv = await NewPageAsync(new ViewportSize { Width = 1920, Height = 1080 });
        await tv.GotoAsync("/console/display?oa=" + BrowserHost.OaA);
        await Assertions.Expect(tv.GetByText("Chưa gọi số nào.")).ToBeVisibleAsync();

        await Page.Locator("select[name=serviceId]").SelectOptionAsync("can-cuoc-cap-lan-dau");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lấy số", Exact = true }).ClickAsync();
        var ticket = (await Page.Locator("[data-new-ticket]").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z]-[0-9]{3}$", ticket);

        await Page.Locator("section.counter").First.GetByRole(AriaRole.Button, new() { Name = "Gọi số tiếp theo" }).ClickAsync();

        await Assertions.Expect(Page.Locator("[data-serving]")).ToHaveTextAsync(ticket);
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Mời số {ticket}");
        await Screenshots.SaveAsync(Page, "console-queue");
        // The TV was opened before the call: it must pick the number up by itself, without a reload.
        await Assertions.Expect(tv.Locator("[data-serving]")).ToHaveTextAsync(ticket, new() { Timeout = 10_000 });
        await Assertions.Expect(tv.Locator(".ticket .counter")).ToContainTextAsync("Quầy 1");
        await Screenshots.SaveAsync(tv, "console-display");

        var phone = await NewPageAsync(BrowserSession.Phone);
        await SignInAsAsync(phone, OfficerRole.Officer, "Trần Bình");
        await phone.GotoAsync("/console/queue?oa=" + BrowserHost.OaA);
        await Assertions.Expect(phone.Locator("[data-serving]")).ToHaveTextAsync(ticket);
        await Screenshots.SaveAsync(phone, "console-queue-phone");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Đã xong" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Số {ticket}: đã xong.");
        await Assertions.Expect(tv.GetByText("Chưa gọi số nào.")).ToBeVisibleAsync(new() { Timeout = 10_000 });
    });
}
