using System.Text.Json;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Development;
using ChatAssistant.Zalo.Webhooks;

namespace ChatAssistant.Tests.Development;

public sealed class SimulatorEventsTests
{
    private const string OaId = "4318751398473245";
    private const string AppId = "app-123";
    private const string Timestamp = "1772413200123";
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1772413200123);

    private static Activity Parse(SimulatorInput input) => ZaloEventParser.Parse(SimulatorEvents.Build(input, OaId, AppId, Timestamp));

    [Fact]
    public void TextBecomesAMessageFromTheResidentToTheAccount()
    {
        var activity = Parse(new SimulatorInput { UserId = "u-1", Text = "Xin chào, cho hỏi làm căn cước" });

        Assert.Equal(ActivityType.Message, activity.Type);
        Assert.Equal("user_send_text", activity.ChannelEventName);
        Assert.Equal((OaId, "u-1"), (activity.AccountId, activity.UserId));
        Assert.Equal("Xin chào, cho hỏi làm căn cước", activity.Text);
        Assert.Equal(At, activity.Timestamp);
        Assert.False(string.IsNullOrEmpty(activity.MessageId));
    }

    [Fact]
    public void EachMessageGetsItsOwnMessageId()
    {
        var input = new SimulatorInput { UserId = "u-1", Text = "alo" };

        Assert.NotEqual(Parse(input).MessageId, Parse(input).MessageId);
    }

    [Theory]
    [InlineData("follow", ActivityType.Follow)]
    [InlineData("unfollow", ActivityType.Unfollow)]
    public void FollowAndUnfollowComeFromTheFollower(string eventName, ActivityType type)
    {
        var activity = Parse(new SimulatorInput { UserId = "u-2", Event = eventName });

        Assert.Equal(type, activity.Type);
        Assert.Equal(eventName, activity.ChannelEventName);
        Assert.Equal((OaId, "u-2"), (activity.AccountId, activity.UserId));
        Assert.Equal("oa_profile", activity.Source);
        Assert.Equal(At, activity.Timestamp);
    }

    [Fact]
    public void ChatNowStartsAConversation()
    {
        var activity = Parse(new SimulatorInput { UserId = "u-3", Event = "user_click_chatnow" });

        Assert.Equal(ActivityType.ConversationStart, activity.Type);
        Assert.Equal((OaId, "u-3"), (activity.AccountId, activity.UserId));
        Assert.Equal(At, activity.Timestamp);
    }

    [Fact]
    public void LocationArrivesAsCoordinates()
    {
        var activity = Parse(new SimulatorInput { UserId = "u-4", Location = new SimulatorLocation(10.776889, -106.700806) });

        Assert.Equal(ActivityType.Message, activity.Type);
        Assert.Equal("user_send_location", activity.ChannelEventName);
        Assert.Equal((OaId, "u-4"), (activity.AccountId, activity.UserId));
        Assert.Equal(new GeoLocation(10.776889, -106.700806), activity.Location);
        Assert.Null(activity.Text);
        Assert.False(string.IsNullOrEmpty(activity.MessageId));
    }

    [Fact]
    public void ImageArrivesAsAnImageAttachment()
    {
        var activity = Parse(new SimulatorInput { UserId = "u-5", ImageUrl = "https://example.vn/giay-to.jpg" });

        Assert.Equal(ActivityType.Message, activity.Type);
        Assert.Equal("user_send_image", activity.ChannelEventName);
        Assert.Equal((OaId, "u-5"), (activity.AccountId, activity.UserId));
        var attachment = Assert.Single(activity.Attachments);
        Assert.Equal(AttachmentKind.Image, attachment.Kind);
        Assert.Equal("https://example.vn/giay-to.jpg", attachment.Url);
        Assert.Equal("https://example.vn/giay-to.jpg", attachment.ThumbnailUrl);
    }

    [Fact]
    public void SubmittedInfoArrivesWithNamePhoneAndAddress()
    {
        var activity = Parse(new SimulatorInput
        {
            UserId = "u-6",
            SubmitInfo = new SimulatorInfo("Nguyễn Văn An", "84912345678", "12 Lê Lợi, phường Bến Thành"),
        });

        Assert.Equal(ActivityType.SubmitInfo, activity.Type);
        Assert.Equal((OaId, "u-6"), (activity.AccountId, activity.UserId));
        Assert.Equal(
            new SubmittedInfo { Name = "Nguyễn Văn An", Phone = "84912345678", Address = "12 Lê Lợi, phường Bến Thành" },
            activity.SubmittedInfo);
    }

    [Fact]
    public void SubmittedInfoWithBlanksLeavesThemOut()
    {
        var activity = Parse(new SimulatorInput { UserId = "u-6", SubmitInfo = new SimulatorInfo("An", null, "") });

        Assert.Equal(new SubmittedInfo { Name = "An" }, activity.SubmittedInfo);
    }

    [Fact]
    public void UnknownEventIsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            SimulatorEvents.Build(new SimulatorInput { UserId = "u-1", Event = "user_send_sticker" }, OaId, AppId, Timestamp));

        Assert.Contains("user_send_sticker", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<SimulatorInput> EveryKind() => new()
    {
        new SimulatorInput { UserId = "u", Text = "hi" },
        new SimulatorInput { UserId = "u", Event = "follow" },
        new SimulatorInput { UserId = "u", Event = "unfollow" },
        new SimulatorInput { UserId = "u", Event = "user_click_chatnow" },
        new SimulatorInput { UserId = "u", Location = new SimulatorLocation(21.0285, 105.8542) },
        new SimulatorInput { UserId = "u", ImageUrl = "https://example.vn/a.png" },
        new SimulatorInput { UserId = "u", SubmitInfo = new SimulatorInfo("An", "84900000000", "Hà Nội") },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void BodyCarriesTheTimestampItWasGivenAndTheApp(SimulatorInput input)
    {
        using var body = JsonDocument.Parse(SimulatorEvents.Build(input, OaId, AppId, Timestamp));

        Assert.Equal(Timestamp, body.RootElement.GetProperty("timestamp").GetString());
        Assert.Equal(AppId, body.RootElement.GetProperty("app_id").GetString());
        Assert.Equal(At, ZaloEventParser.Parse(SimulatorEvents.Build(input, OaId, AppId, Timestamp)).Timestamp);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void WebhookQueuesEveryKindOnTheResidentsLane(SimulatorInput input)
    {
        var envelope = WebhookEnvelopeReader.TryRead(SimulatorEvents.Build(input, OaId, AppId, Timestamp));

        Assert.NotNull(envelope);
        Assert.Equal((OaId, "u"), (envelope.OaId, envelope.UserId));
        Assert.Equal(Timestamp, envelope.Timestamp);
    }
}
