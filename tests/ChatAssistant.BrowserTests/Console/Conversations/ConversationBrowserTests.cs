using ChatAssistant.Features.Handoffs;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using ChatAssistant.Transcripts;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.Conversations;

/// <summary>An officer answers a conversation the bot handed over, from the browser.</summary>
public sealed class ConversationBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    [BrowserFact]
    public Task ReplyToAHandedOffConversation() => RunAsync(async () =>
    {
        var handoffs = Resolve<HandoffStore>();
        var transcripts = Resolve<TranscriptStore>();
        await Resolve<SqliteWriter>().WriteAsync((c, t) =>
        {
            transcripts.Append(c, t, BrowserHost.OaA, "nguoi-dan-7", TranscriptDirections.In, "Cho tôi gặp cán bộ, tôi bị mất giấy tờ.");
            handoffs.Open(c, t, BrowserHost.OaA, "nguoi-dan-7");
        });
        await SignInAsAsync(Page, OfficerRole.Officer);

        await Page.GotoAsync("/console/conversations");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Mở cuộc trò chuyện") }).ClickAsync();
        await Assertions.Expect(Page.Locator("ol.transcript")).ToContainTextAsync("tôi bị mất giấy tờ");
        await Page.Locator("textarea[name=Text]").FillAsync("Chào anh, mời anh mang căn cước đến trụ sở công an xã sáng mai.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();

        var sent = await Zalo.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
        Assert.Equal(("nguoi-dan-7", "Chào anh, mời anh mang căn cước đến trụ sở công an xã sáng mai."), (sent[0].UserId, sent[0].Text));
        await Assertions.Expect(Page.Locator("ol.transcript")).ToContainTextAsync("mời anh mang căn cước");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi câu trả lời.");
        Assert.DoesNotContain("nguoi-dan-7", Page.Url, StringComparison.Ordinal);
        await Screenshots.SaveAsync(Page, "console-conversation");
    });
}
