using System.Text;
using ChatAssistant.Zalo.Webhooks;

namespace ChatAssistant.Zalo.Tests.Webhooks;

public class WebhookEnvelopeReaderTests
{
    private const string Oa = "388613280878808645";
    private const string User = "246845883529197922";

    [Theory]
    [InlineData("user_send_text")]
    [InlineData("user_send_image")]
    [InlineData("user_received_message")]
    [InlineData("user_seen_message")]
    [InlineData("user_reacted_message")]
    [InlineData("user_submit_info")]
    [InlineData("anonymous_send_text")]
    public void UserEventsTakeTheOaFromRecipientAndTheUserFromSender(string eventName)
    {
        var envelope = Read($$"""
            {"app_id":"360846524940903967","oa_id":"decoy","user_id":"decoy","sender":{"id":"{{User}}"},
             "recipient":{"id":"{{Oa}}"},"event_name":"{{eventName}}",
             "message":{"text":"xin chào","msg_id":"96d3cdf3af150460909"},"timestamp":"1732240815123"}
            """);

        Assert.Equal(
            new WebhookEnvelope(eventName, "360846524940903967", Oa, User, "96d3cdf3af150460909", "1732240815123"),
            envelope);
    }

    [Theory]
    [InlineData("follow")]
    [InlineData("unfollow")]
    public void FollowEventsTakeTheOaFromOaIdAndTheUserFromFollower(string eventName)
    {
        var envelope = Read($$"""
            {"oa_id":"{{Oa}}","follower":{"id":"{{User}}"},"event_name":"{{eventName}}","source":"oa_profile","timestamp":"154397978274"}
            """);

        Assert.Equal((Oa, User, "154397978274"), (envelope.OaId, envelope.UserId, envelope.Timestamp));
    }

    [Fact]
    public void ChatNowTakesTheOaFromOaIdAndTheUserFromUserId()
    {
        var envelope = Read($$"""{"oa_id":"{{Oa}}","user_id":"{{User}}","event_name":"user_click_chatnow","timestamp":"1"}""");

        Assert.Equal((Oa, User), (envelope.OaId, envelope.UserId));
    }

    [Theory]
    [InlineData("oa_send_text")]
    [InlineData("oa_send_image")]
    [InlineData("oa_reacted_message")]
    public void OaEchoesSwapSenderAndRecipient(string eventName)
    {
        var envelope = Read($$"""
            {"sender":{"id":"{{Oa}}","admin_id":"77"},"recipient":{"id":"{{User}}"},"event_name":"{{eventName}}","message":{"msg_id":"x1"},"timestamp":"1"}
            """);

        Assert.Equal((Oa, User, "x1"), (envelope.OaId, envelope.UserId, envelope.MessageId));
    }

    [Fact]
    public void OtherEventsPreferOaIdAndUserIdFields()
    {
        var envelope = Read($$"""
            {"oa_id":"{{Oa}}","user_id":"{{User}}","recipient":{"id":"r"},"sender":{"id":"s"},"event_name":"add_user_to_tag","timestamp":"1"}
            """);

        Assert.Equal((Oa, User), (envelope.OaId, envelope.UserId));
    }

    [Fact]
    public void OtherEventsFallBackToRecipientAndFollowerThenSender()
    {
        var withFollower = Read("""{"recipient":{"id":"r"},"follower":{"id":"f"},"sender":{"id":"s"},"event_name":"update_user_info"}""");
        var withSender = Read("""{"recipient":{"id":"r"},"sender":{"id":"s"},"event_name":"user_withdraw"}""");

        Assert.Equal(("r", "f"), (withFollower.OaId, withFollower.UserId));
        Assert.Equal(("r", "s"), (withSender.OaId, withSender.UserId));
    }

    [Fact]
    public void NumbersWhereStringsWereExpectedKeepTheirRawText()
    {
        var envelope = Read("""
            {"app_id":360846524940903967,"sender":{"id":246845883529197922},"recipient":{"id":388613280878808645},
             "event_name":"user_send_text","message":{"msg_id":12345},"timestamp":1732240815123}
            """);

        Assert.Equal(
            new WebhookEnvelope("user_send_text", "360846524940903967", Oa, User, "12345", "1732240815123"),
            envelope);
    }

    [Fact]
    public void NestedFieldsWithTheSameNamesDoNotLeakIntoTheEnvelope()
    {
        var envelope = Read("""
            {"event_name":"user_send_text","extra":{"timestamp":"9","oa_id":"9"},"sender":{"profile":{"id":"9"},"id":"s"},
             "recipient":{"id":"r"},"message":{"attachments":[{"msg_id":"9"}],"msg_id":"m"},"timestamp":"1"}
            """);

        Assert.Equal(new WebhookEnvelope("user_send_text", null, "r", "s", "m", "1"), envelope);
    }

    [Fact]
    public void AnObjectWithNoKnownFieldsGivesAnEmptyEnvelope()
    {
        Assert.Equal(new WebhookEnvelope(null, null, null, null, null, null), Read("""{"sender":"not an object","message":null}"""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("{\"event_name\":\"follow\"")]
    [InlineData("{\"event_name\":}")]
    [InlineData("{} {}")]
    [InlineData("{}x")]
    [InlineData("event_name=follow")]
    public void ABodyThatIsNotOneJsonObjectGivesNull(string body)
    {
        Assert.Null(WebhookEnvelopeReader.TryRead(Encoding.UTF8.GetBytes(body)));
    }

    private static WebhookEnvelope Read(string json)
    {
        var envelope = WebhookEnvelopeReader.TryRead(Encoding.UTF8.GetBytes(json));
        Assert.NotNull(envelope);
        return envelope;
    }
}
