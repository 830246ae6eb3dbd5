using ChatAssistant.Features.Officers;
using ChatAssistant.Features.Surveys;
using ChatAssistant.Storage;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.Satisfaction;

/// <summary>The satisfaction charts in a real browser.</summary>
public sealed class SatisfactionBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    [BrowserFact]
    public Task TheSatisfactionChartsAreDrawn() => RunAsync(async () =>
    {
        var now = DateTimeOffset.UtcNow;
        var ratings = new (string Service, int Rating, int DaysAgo)[]
        {
            ("can-cuoc-cap-lan-dau", 5, 0), ("can-cuoc-cap-lan-dau", 4, 0), ("can-cuoc-cap-lan-dau", 2, 0),
            ("tam-tru-dang-ky", 5, 0), ("thuong-tru-dang-ky", 3, 0), ("thuong-tru-dang-ky", 5, 0),
            ("tam-tru-dang-ky", 5, 35), ("tam-tru-dang-ky", 3, 65), ("can-cuoc-cap-lan-dau", 5, 95), ("can-cuoc-cap-lan-dau", 5, 95),
        };
        await WithServicesAsync(services => ((SqliteWriter)services.GetService(typeof(SqliteWriter))!).WriteAsync((c, t) =>
        {
            for (var i = 0; i < ratings.Length; i++)
            {
                var at = now.AddDays(-ratings[i].DaysAgo);
                SurveyStore.RecordAsked(c, t, BrowserHost.OaA, "user-" + i, new SurveySubject(i + 1, ratings[i].Service, "x"), at);
                SurveyStore.RecordAnswer(c, t, BrowserHost.OaA, i + 1, ratings[i].Rating, comment: null, at);
            }
            return 0;
        }));
        await SignInAsAsync(Page, OfficerRole.Leader);
        await Page.GotoAsync("/console/satisfaction");

        await Assertions.Expect(Page.Locator("svg.chart")).ToHaveCountAsync(2);
        await Assertions.Expect(Page.Locator("#services tbody tr")).ToHaveCountAsync(3);
        Assert.True(await Page.Locator("svg.chart rect.bar").CountAsync() >= 6);
        await Screenshots.SaveAsync(Page, "console-satisfaction");
    });
}
