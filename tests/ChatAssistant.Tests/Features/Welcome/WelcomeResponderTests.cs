using ChatAssistant.Content;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Features.Welcome;
using ChatAssistant.Messaging.Dispatch;

namespace ChatAssistant.Tests.Features.Welcome;

public sealed class WelcomeResponderTests
{
    private static readonly ResidentTexts Texts = ResidentTexts.Load(RepositoryFiles.Texts);
    private readonly WelcomeResponder _responder = new(Texts);

    [Theory]
    [InlineData("Xin chào")]
    [InlineData("xin chao")]
    [InlineData("XIN CHÀO!")]
    [InlineData("  xin   chào ,  ")]
    [InlineData("Xin chào 👋")]
    [InlineData("xin chào công an phường")]
    [InlineData("Chào")]
    [InlineData("chào bạn")]
    [InlineData("Chao ban oi")]
    [InlineData("chào anh")]
    [InlineData("Chào chị ạ")]
    [InlineData("chào em")]
    [InlineData("alo")]
    [InlineData("Alô alô")]
    [InlineData("a lô")]
    [InlineData("hello")]
    [InlineData("Hello!!!")]
    [InlineData("helo")]
    [InlineData("Hi")]
    [InlineData("hi, cho hỏi")]
    [InlineData("Xin cha\u0300o")]
    [InlineData("chào mừng")]
    public void GreetingsAreRecognisedWithOrWithoutDiacritics(string text)
    {
        Assert.True(WelcomeResponder.IsGreeting(text));
    }

    [Theory]
    [InlineData("cho hỏi làm căn cước")]
    [InlineData("cho hoi lam can cuoc")]
    [InlineData("hiện tại")]
    [InlineData("khi nào")]
    [InlineData("xin chữ ký")]
    [InlineData("xin")]
    [InlineData("hiii")]
    [InlineData("helloo")]
    [InlineData("chaoo")]
    [InlineData("alobe")]
    [InlineData("đăng ký tạm trú")]
    [InlineData("tôi muốn chào hỏi")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    public void OtherTextIsNotAGreeting(string text)
    {
        Assert.False(WelcomeResponder.IsGreeting(text));
    }

    [Theory]
    [InlineData(ActivityType.Follow, "follow")]
    [InlineData(ActivityType.ConversationStart, "user_click_chatnow")]
    public async Task NewResidentIsWelcomed(ActivityType type, string eventName)
    {
        var turn = Turn(new Activity { Type = type, AccountId = "oa-1", UserId = "u-1", ChannelEventName = eventName });

        await _responder.HandleAsync(turn, CancellationToken.None);

        Assert.Equal([OutboundMessage.FromText(Texts.Get(ResidentTexts.Welcome))], turn.Replies);
        Assert.Empty(turn.Writes);
    }

    [Fact]
    public async Task GreetingIsAnsweredWithTheWelcome()
    {
        var turn = Turn(Message("Xin chào"));

        await _responder.HandleAsync(turn, CancellationToken.None);

        Assert.Equal([OutboundMessage.FromText(Texts.Get(ResidentTexts.Welcome))], turn.Replies);
    }

    [Fact]
    public async Task OtherTextIsAnsweredWithNotYetUnderstood()
    {
        var turn = Turn(Message("cho hỏi làm căn cước ở đâu"));

        await _responder.HandleAsync(turn, CancellationToken.None);

        Assert.Equal([OutboundMessage.FromText(Texts.Get(ResidentTexts.NotYetUnderstood))], turn.Replies);
    }

    [Fact]
    public async Task MessageWithoutTextIsAnsweredWithNotYetUnderstood()
    {
        var turn = Turn(Message(null) with { Attachments = [new Attachment(AttachmentKind.Image, "https://example.vn/a.jpg")] });

        await _responder.HandleAsync(turn, CancellationToken.None);

        Assert.Equal([OutboundMessage.FromText(Texts.Get(ResidentTexts.NotYetUnderstood))], turn.Replies);
    }

    [Theory]
    [InlineData(ActivityType.Receipt)]
    [InlineData(ActivityType.Unfollow)]
    [InlineData(ActivityType.Reaction)]
    [InlineData(ActivityType.Echo)]
    [InlineData(ActivityType.StaffMessage)]
    [InlineData(ActivityType.Unknown)]
    public async Task EventsThatAreNotAddressedToTheBotGetNoReply(ActivityType type)
    {
        var turn = Turn(Message("xin chào") with { Type = type });

        await _responder.HandleAsync(turn, CancellationToken.None);

        Assert.Empty(turn.Replies);
        Assert.Empty(turn.Writes);
    }

    private static Turn Turn(Activity activity) => new(activity, inboxId: 1);

    private static Activity Message(string? text) => new()
    {
        Type = ActivityType.Message,
        AccountId = "oa-1",
        UserId = "u-1",
        ChannelEventName = "user_send_text",
        Text = text,
    };
}
