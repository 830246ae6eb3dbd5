using System.Text.RegularExpressions;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.Broadcasts;

/// <summary>An officer composes a notice in the browser, previews it, sends it and watches it go out.</summary>
public sealed partial class BroadcastBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    protected override IDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Broadcasts:FeedInterval"] = "00:00:00.050",
        // The test runs at any hour: no quiet hours.
        ["Broadcasts:QuietHoursStart"] = "00:00:00",
        ["Broadcasts:QuietHoursEnd"] = "00:00:00",
    };

    [BrowserFact]
    public Task ComposeAndSendABroadcastToTheFakeZaloApiAndWatchTheProgressReach100() => RunAsync(async () =>
    {
        await SeedFollowersAsync(3);
        await SignInAsAsync(Page, OfficerRole.Officer);
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await Page.GotoAsync("/console/broadcasts");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Soạn thông báo" }).ClickAsync();
        await Page.Locator("input[name='Form.Title']").FillAsync("Cảnh báo lừa đảo qua điện thoại");
        await Page.Locator("textarea[name='Form.Text']").FillAsync("Công an không gọi điện yêu cầu chuyển tiền. Gặp cuộc gọi như vậy, xin báo ngay cho công an xã.");
        await Assertions.Expect(Page.Locator("#broadcast-count")).ToContainTextAsync("/ 2000 ký tự");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#preview")).ToContainTextAsync("CẢNH BÁO LỪA ĐẢO QUA ĐIỆN THOẠI");
        await Screenshots.SaveAsync(Page, "console-broadcast-compose");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(DetailUrl());
        await Assertions.Expect(Page.Locator("#progress .percent")).ToHaveTextAsync("100%", new() { Timeout = 20_000 });
        await Assertions.Expect(Page.Locator("#progress [data-status]")).ToHaveTextAsync("đã gửi");
        Assert.Equal(3, Zalo.AcceptedMessages.Count(m => m.Text?.StartsWith("CẢNH BÁO LỪA ĐẢO", StringComparison.Ordinal) == true));
        await Screenshots.SaveAsync(Page, "console-broadcast-progress");

        await Page.GotoAsync("/console/broadcasts");
        await Assertions.Expect(Page.Locator("table.list")).ToContainTextAsync("Cảnh báo lừa đảo qua điện thoại");
        await Screenshots.SaveAsync(Page, "console-broadcasts");
    });

    private Task<int> SeedFollowersAsync(int count) =>
        Resolve<SqliteWriter>().WriteAsync((connection, transaction) =>
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            for (var i = 1; i <= count; i++)
            {
                connection.Execute("""
                    INSERT INTO residents (oa_id, user_id, following, last_interaction_at, notices_off, updated_at)
                    VALUES (@oaId, @userId, 1, @now, 0, @now)
                    """, new { oaId = BrowserHost.OaA, userId = $"nguoi-dan-{i}", now }, transaction);
            }
            return count;
        });

    [GeneratedRegex("/console/broadcasts/\\d+")]
    private static partial Regex DetailUrl();
}
