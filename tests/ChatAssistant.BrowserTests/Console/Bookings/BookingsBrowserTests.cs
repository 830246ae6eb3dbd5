using ChatAssistant.Features.Officers;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.Bookings;

/// <summary>The bookings calendar and the dashboard in a real browser.</summary>
public sealed class BookingsBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    [BrowserFact]
    public Task TheDashboardLinksToTheWeekOfBookings() => RunAsync(async () =>
    {
        await SignInAsAsync(Page, OfficerRole.Officer);
        await Page.GotoAsync("/console");
        await Assertions.Expect(Page.Locator("[data-card=queue]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "console-dashboard");

        await Page.Locator("[data-card=bookings]").ClickAsync();

        // The URL, not the load event: on a busy machine the page can load before the wait starts.
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/bookings\\?"));
        await Assertions.Expect(Page.Locator(".week .day")).ToHaveCountAsync(7);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Đóng một ngày hoặc một buổi" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "console-bookings");
    });
}
