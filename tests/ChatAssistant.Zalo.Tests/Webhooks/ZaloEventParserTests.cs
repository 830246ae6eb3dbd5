using ChatAssistant.Conversation.Activities;
using ChatAssistant.Zalo.Webhooks;

namespace ChatAssistant.Zalo.Tests.Webhooks;

/// <summary>Odd but valid payloads; the real-format ones are in <see cref="WebhookSampleTests"/>.</summary>
public class ZaloEventParserTests
{
    [Theory]
    [InlineData("154390853474", 154390853474)]
    [InlineData("1732240815123", 1732240815123)]
    [InlineData("0", 0)]
    public void TimestampsAreMillisecondsWhateverTheirNumberOfDigits(string timestamp, long milliseconds)
    {
        var activity = ZaloEventParser.Parse($$"""{"event_name":"follow","timestamp":"{{timestamp}}"}""");

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), activity.Timestamp);
    }

    [Theory]
    [InlineData("\"soon\"")]
    [InlineData("\"-5\"")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("null")]
    [InlineData("{}")]
    public void AnUnreadableTimestampBecomesTheEpoch(string timestampJson)
    {
        var activity = ZaloEventParser.Parse($$"""{"event_name":"follow","timestamp":{{timestampJson}}}""");

        Assert.Equal(DateTimeOffset.UnixEpoch, activity.Timestamp);
    }

    [Fact]
    public void ANumericTimestampIsReadToo()
    {
        Assert.Equal(
            DateTimeOffset.FromUnixTimeMilliseconds(1732240815123),
            ZaloEventParser.Parse("""{"event_name":"follow","timestamp":1732240815123}""").Timestamp);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"event_name":"user_send_text"}""")]
    [InlineData("""{"event_name":"user_send_text","message":"text","sender":[],"recipient":7}""")]
    [InlineData("""{"event_name":"user_send_image","message":{"attachments":{"type":"image"}}}""")]
    [InlineData("""{"event_name":"user_send_image","message":{"attachments":[null,1,{"type":"image"},{"payload":[]}]}}""")]
    [InlineData("""{"event_name":"user_submit_info","info":"hidden"}""")]
    [InlineData("""{"event_name":"user_seen_message","message":{"msg_ids":"m1"}}""")]
    [InlineData("""{"event_name":42}""")]
    public void OddButValidJsonNeverThrows(string json)
    {
        var activity = ZaloEventParser.Parse(json);

        Assert.Empty(activity.Attachments);
        Assert.Null(activity.Text);
    }

    [Fact]
    public void MissingIdsBecomeEmptyStringsAndNulls()
    {
        var activity = ZaloEventParser.Parse("""{"event_name":"user_send_text","message":{"text":"alo"}}""");

        Assert.Equal((ActivityType.Message, "", "", null), (activity.Type, activity.AccountId, activity.UserId, activity.MessageId));
        Assert.Equal("alo", activity.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"user_send_text\"")]
    [InlineData("{\"event_name\":")]
    [InlineData("not json")]
    public void ABodyThatIsNotAJsonObjectThrowsFormatException(string body)
    {
        Assert.Throws<FormatException>(() => ZaloEventParser.Parse(body));
    }

    [Theory]
    [InlineData("""{"coordinates":{"latitude":10.77,"longitude":106.69}}""")]
    [InlineData("""{"coordinates":{"latitude":"10.77","longitude":"106.69"}}""")]
    [InlineData("""{"latitude":"10.77","longitude":"106.69"}""")]
    [InlineData("""{"lat":10.77,"long":106.69}""")]
    public void LocationsAreReadFromEveryReportedShape(string payload)
    {
        var activity = ZaloEventParser.Parse(
            $$$"""{"event_name":"user_send_location","message":{"attachments":[{"type":"location","payload":{{{payload}}}}]}}""");

        Assert.Equal(new GeoLocation(10.77, 106.69), activity.Location);
    }

    [Fact]
    public void LocationsIgnoreTheCurrentCulture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
        try
        {
            var activity = ZaloEventParser.Parse(
                """{"event_name":"user_send_location","message":{"location":{"latitude":"21.0285","longitude":"105.8542"}}}""");

            Assert.Equal(new GeoLocation(21.0285, 105.8542), activity.Location);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("""{"latitude":"abc","longitude":"106.69"}""")]
    [InlineData("""{"latitude":"95","longitude":"106.69"}""")]
    [InlineData("""{"latitude":"NaN","longitude":"106.69"}""")]
    [InlineData("""{"latitude":"10.77"}""")]
    public void AnUnusableLocationIsLeftOut(string payload)
    {
        var activity = ZaloEventParser.Parse(
            $$$"""{"event_name":"user_send_location","message":{"attachments":[{"type":"location","payload":{{{payload}}}}]}}""");

        Assert.Null(activity.Location);
    }

    [Fact]
    public void AnAttachmentWithoutATypeTakesItsKindFromTheEventName()
    {
        var activity = ZaloEventParser.Parse(
            """{"event_name":"anonymous_send_image","message":{"attachments":[{"payload":{"url":"https://x/y.jpg"}}]}}""");

        Assert.Equal(new Attachment(AttachmentKind.Image, "https://x/y.jpg"), Assert.Single(activity.Attachments));
    }

    [Fact]
    public void AFileSizeSentAsANumberIsRead()
    {
        var activity = ZaloEventParser.Parse(
            """{"event_name":"user_send_file","message":{"attachments":[{"type":"file","payload":{"size":1024,"name":"a.pdf"}}]}}""");

        Assert.Equal(1024, Assert.Single(activity.Attachments).Size);
    }

    [Fact]
    public void AReceiptWithASingleMessageIdReferencesIt()
    {
        var activity = ZaloEventParser.Parse("""{"event_name":"user_received_message","message":{"msg_id":"m1"}}""");

        Assert.Equal(["m1"], activity.ReferencedMessageIds);
    }

    [Fact]
    public void AnEchoOfAnImageKeepsItsAttachment()
    {
        var activity = ZaloEventParser.Parse("""
            {"event_name":"oa_send_image","sender":{"id":"oa"},"recipient":{"id":"u"},
             "message":{"msg_id":"m","attachments":[{"type":"image","payload":{"url":"https://x/y.jpg"}}]}}
            """);

        Assert.Equal((ActivityType.Echo, "oa", "u"), (activity.Type, activity.AccountId, activity.UserId));
        Assert.Equal(AttachmentKind.Image, Assert.Single(activity.Attachments).Kind);
    }

    [Theory]
    [InlineData("user_send_group_text")]
    [InlineData("oa_send_group_text")]
    [InlineData("remove_user_from_tag")]
    [InlineData("change_oa_daily_quota")]
    [InlineData("")]
    public void GroupChatsAndUnknownEventsAreUnknown(string eventName)
    {
        var activity = ZaloEventParser.Parse(
            $$$"""{"event_name":"{{{eventName}}}","sender":{"id":"s"},"recipient":{"id":"r"},"message":{"text":"hi"}}""");

        Assert.Equal((ActivityType.Unknown, eventName), (activity.Type, activity.ChannelEventName));
        Assert.Null(activity.Text);
    }

    [Fact]
    public void TheStringOverloadReadsVietnameseText()
    {
        var activity = ZaloEventParser.Parse("""{"event_name":"user_send_text","message":{"text":"đăng ký tạm trú"}}""");

        Assert.Equal("đăng ký tạm trú", activity.Text);
    }
}
