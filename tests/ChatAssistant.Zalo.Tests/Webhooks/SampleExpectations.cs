using ChatAssistant.Conversation.Activities;

namespace ChatAssistant.Zalo.Tests.Webhooks;

/// <summary>
/// What each file in webhook-samples must parse to. Keyed by file name so that a sample without
/// an entry fails <see cref="WebhookSampleTests"/>.
/// </summary>
internal static class SampleExpectations
{
    public const string Oa = "388613280878808645";
    public const string User = "246845883529197922";

    public static readonly IReadOnlyDictionary<string, Action<Activity>> ByFile = new Dictionary<string, Action<Activity>>
    {
        ["user_send_text.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_text", "96d3cdf3af150460909", 1732240815123);
            Assert.Equal("cho hỏi làm căn cước cần giấy tờ gì", a.Text);
            Assert.Null(a.QuoteMessageId);
            Assert.Empty(a.Attachments);
        },
        ["user_send_text_quote.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_text", "a1b2c3d4e5f60718293", 1732240903441);
            Assert.Equal("vâng, ngày mai tôi đến được không", a.Text);
            Assert.Equal("5e7a1c0b9d2f3e4a561", a.QuoteMessageId);
        },
        ["user_send_image.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_image", "b7e2a4c1d9f0e3a8112", 1732241002345);
            Assert.Equal("ảnh chụp giấy khai sinh", a.Text);
            Assert.Equal(
                new Attachment(AttachmentKind.Image, "https://photo-stal-9.zdn.vn/original/giaykhaisinh.jpg")
                {
                    ThumbnailUrl = "https://photo-stal-9.zdn.vn/thumb/giaykhaisinh.jpg",
                },
                Assert.Single(a.Attachments));
        },
        ["user_send_file.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_file", "c3f4a5b6c7d8e9f0123", 1732241105678);
            Assert.Null(a.Text);
            Assert.Equal(
                new Attachment(AttachmentKind.File, "https://f21-zpc.zdn.vn/1234567890/to-khai-cu-tru.pdf")
                {
                    Name = "to-khai-cu-tru.pdf",
                    Size = 245760,
                    ContentType = "pdf",
                    ChannelItemId = "9f86d081884c7d659a2feaa0c55ad015",
                },
                Assert.Single(a.Attachments));
        },
        ["user_send_audio.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_audio", "d4a5b6c7d8e9f012345", 1732241207890);
            Assert.Equal(new Attachment(AttachmentKind.Audio, "https://voice-aac-dl.zdn.vn/3891024/voice.aac"), Assert.Single(a.Attachments));
        },
        ["user_send_video.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_video", "e5b6c7d8e9f01234567", 1732241309012);
            Assert.Equal(
                new Attachment(AttachmentKind.Video, "https://video-dl.zdn.vn/7788/video.mp4")
                {
                    ThumbnailUrl = "https://video-thumb.zdn.vn/7788/thumb.jpg",
                    Description = "video hiện trường",
                },
                Assert.Single(a.Attachments));
        },
        ["user_send_sticker.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_sticker", "f6c7d8e9f0123456789", 1732241401234);
            var sticker = Assert.Single(a.Attachments);
            Assert.Equal((AttachmentKind.Sticker, "21480"), (sticker.Kind, sticker.ChannelItemId));
            Assert.StartsWith("https://zalo-api.zadn.vn/api/emoticon/sticker", sticker.Url, StringComparison.Ordinal);
        },
        ["user_send_gif.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_gif", "07d8e9f01234567890a", 1732241503456);
            Assert.Equal(
                new Attachment(AttachmentKind.Gif, "https://media.giphy.com/media/abc123/giphy.gif")
                {
                    ThumbnailUrl = "https://media.giphy.com/media/abc123/giphy_s.gif",
                },
                Assert.Single(a.Attachments));
        },
        ["user_send_link.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_link", "18e9f01234567890ab1", 1732241605678);
            Assert.Equal("https://dichvucong.gov.vn", a.Text);
            Assert.Equal(
                new Attachment(AttachmentKind.Link, "https://dichvucong.gov.vn")
                {
                    ThumbnailUrl = "https://dichvucong.gov.vn/p/home/img/logo.png",
                    Description = "Cổng Dịch vụ công Quốc gia",
                },
                Assert.Single(a.Attachments));
        },
        ["user_send_location.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_location", "29f01234567890ab12c", 1732241707890);
            Assert.Equal(new GeoLocation(10.7725168, 106.6980208, "Số 12 Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh"), a.Location);
            Assert.Empty(a.Attachments);
        },
        ["user_send_location_message_location.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_location", "3a01234567890ab12cd", 1732241809012);
            Assert.Equal(new GeoLocation(21.0285, 105.8542), a.Location);
        },
        ["user_send_location_latlong.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_location", "4b1234567890ab12cde", 1732241901234);
            Assert.Equal(new GeoLocation(16.0544, 108.2022, "Đà Nẵng"), a.Location);
        },
        ["user_send_business_card.json"] = a =>
        {
            Basics(a, ActivityType.Message, "user_send_business_card", "5c234567890ab12cdef", 1732242003456);
            var card = Assert.Single(a.Attachments);
            Assert.Equal((AttachmentKind.BusinessCard, "https://zalo.me/84912345678", "Nguyễn Văn An"), (card.Kind, card.Url, card.Name));
            Assert.Contains("84912345678", card.Description, StringComparison.Ordinal);
        },
        ["follow.json"] = a =>
        {
            Basics(a, ActivityType.Follow, "follow", null, 1732242105678);
            Assert.Equal("oa_profile", a.Source);
        },
        ["unfollow.json"] = a =>
        {
            Basics(a, ActivityType.Unfollow, "unfollow", null, 1732242207890);
            Assert.Equal("oa_profile", a.Source);
        },
        ["user_submit_info.json"] = a =>
        {
            Basics(a, ActivityType.SubmitInfo, "user_submit_info", null, 1732242309012);
            Assert.Equal(
                new SubmittedInfo
                {
                    Name = "Nguyễn Văn An",
                    Phone = "84912345678",
                    DateOfBirth = "15/08/1990",
                    Gender = "male",
                    Address = "Số 5 Hàng Bài",
                    Ward = "Phường Tràng Tiền",
                    City = "Hà Nội",
                },
                a.SubmittedInfo);
        },
        ["user_submit_info_flat.json"] = a =>
        {
            Basics(a, ActivityType.SubmitInfo, "user_submit_info", null, 1732242401234);
            Assert.Equal(
                new SubmittedInfo
                {
                    Name = "Trần Thị Bình",
                    Phone = "84987654321",
                    Address = "Số 20 Trần Phú",
                    Ward = "Thạch Thang",
                    District = "Hải Châu",
                    City = "Đà Nẵng",
                },
                a.SubmittedInfo);
        },
        ["user_click_chatnow.json"] = a => Basics(a, ActivityType.ConversationStart, "user_click_chatnow", null, 1732242503456),
        ["user_received_message.json"] = a =>
        {
            Basics(a, ActivityType.Receipt, "user_received_message", null, 1732242605678);
            Assert.Equal(["7e4567890ab12cdef01", "8f567890ab12cdef012"], a.ReferencedMessageIds);
        },
        ["user_seen_message.json"] = a =>
        {
            Basics(a, ActivityType.Receipt, "user_seen_message", null, 1732242707890);
            Assert.Equal(["7e4567890ab12cdef01", "8f567890ab12cdef012"], a.ReferencedMessageIds);
        },
        ["user_reacted_message.json"] = a =>
        {
            Basics(a, ActivityType.Reaction, "user_reacted_message", "7e4567890ab12cdef01", 1732242809012);
            Assert.Equal("/-heart", a.Reaction);
            Assert.Equal(["7e4567890ab12cdef01"], a.ReferencedMessageIds);
        },
        ["oa_reacted_message.json"] = a =>
        {
            Basics(a, ActivityType.Echo, "oa_reacted_message", "96d3cdf3af150460909", 1732242851234);
            Assert.Equal("/-strong", a.Reaction);
            Assert.Equal(["96d3cdf3af150460909"], a.ReferencedMessageIds);
        },
        ["oa_send_text.json"] = a =>
        {
            Basics(a, ActivityType.Echo, "oa_send_text", "9067890ab12cdef0123", 1732242901234);
            Assert.Equal("Dạ, làm căn cước cần mang theo giấy khai sinh hoặc sổ hộ khẩu cũ.", a.Text);
            Assert.Null(a.StaffId);
        },
        ["oa_send_text_by_staff.json"] = a =>
        {
            Basics(a, ActivityType.StaffMessage, "oa_send_text", "a17890ab12cdef01234", 1732243003456);
            Assert.Equal("8301284716253940112", a.StaffId);
            Assert.Equal("Chào anh, tôi là cán bộ tiếp dân, anh cần hỗ trợ thêm gì ạ?", a.Text);
        },
        ["anonymous_send_text.json"] = a =>
        {
            Basics(a, ActivityType.Message, "anonymous_send_text", "b2890ab12cdef012345", 1732243105678, user: "a91f7c3e5d2b4086c1e");
            Assert.Equal("tôi muốn báo tin về một vụ trộm xe", a.Text);
        },
        ["add_user_to_tag.json"] = a => Basics(a, ActivityType.Unknown, "add_user_to_tag", null, 1732243207890),
    };

    private static void Basics(
        Activity activity, ActivityType type, string eventName, string? messageId, long timestampMs, string user = User)
    {
        Assert.Equal(type, activity.Type);
        Assert.Equal(eventName, activity.ChannelEventName);
        Assert.Equal(Oa, activity.AccountId);
        Assert.Equal(user, activity.UserId);
        Assert.Equal(messageId, activity.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(timestampMs), activity.Timestamp);
    }
}
