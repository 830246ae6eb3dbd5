using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Tests.Features.Broadcasts;

public sealed class BroadcastCheckTests
{
    private static NewBroadcast Notice(BroadcastTarget target, string text = "Không chuyển tiền cho người lạ.", string? link = null, string? imageUrl = null) =>
        new("oa", "Cảnh báo lừa đảo", text, imageUrl, link, BroadcastCategories.General, target, null, null);

    public static TheoryData<BroadcastTarget> BadTargets => new()
    {
        new BroadcastTarget(),
        new BroadcastTarget(All: false),
        new BroadcastTarget(All: true, InteractedWithinDays: 3),
        new BroadcastTarget(Tags: []),
        new BroadcastTarget(Tags: ["  ", "!"]),
        new BroadcastTarget(InteractedWithinDays: 0),
        new BroadcastTarget(InteractedWithinDays: 400),
    };

    [Theory]
    [MemberData(nameof(BadTargets))]
    public void ATargetMustBeExactlyOneWellFormedKind(BroadcastTarget target) =>
        Assert.Equal("target", BroadcastCheck.FirstProblem(Notice(target))?.Field);

    [Fact]
    public void TagsAreComparedFoldedAndOnce() =>
        Assert.Equal(["to dan pho 5", "thon dong"], new BroadcastTarget(Tags: ["Tổ dân phố 5", "TO DAN PHO 5", "Thôn Đông"]).FoldedTags);

    [Fact]
    public void TheTargetSurvivesItsStoredForm()
    {
        var target = new BroadcastTarget(Tags: ["Tổ dân phố 5"]);

        Assert.Equal("""{"tags":["Tổ dân phố 5"]}""", System.Text.RegularExpressions.Regex.Unescape(target.ToJson()));
        Assert.Equal(target.Tags, BroadcastTarget.FromJson(target.ToJson()).Tags);
    }

    [Fact]
    public void ResidentsReadTheTitleInCapitalsThenTheTextThenTheLink()
    {
        var message = BroadcastMessage.Compose("Cảnh báo lừa đảo", " Không chuyển tiền. ", "https://example.vn/a.png", "https://example.vn/tin");

        Assert.Equal("CẢNH BÁO LỪA ĐẢO\n\nKhông chuyển tiền.\n\nhttps://example.vn/tin", message.Text);
        Assert.Equal("https://example.vn/a.png", message.MediaUrl);
    }

    [Fact]
    public void ANoticeThatDoesNotFitOneZaloMessageIsRefused()
    {
        Assert.Null(BroadcastCheck.FirstProblem(Notice(new BroadcastTarget(All: true), new string('a', 1900))));
        Assert.Equal("text", BroadcastCheck.FirstProblem(Notice(new BroadcastTarget(All: true), new string('a', 1990)))?.Field);
    }

    [Fact]
    public void LinksAndImagesMustBeWebAddresses()
    {
        Assert.Equal("link", BroadcastCheck.FirstProblem(Notice(new BroadcastTarget(All: true), link: "javascript:alert(1)"))?.Field);
        Assert.Equal("imageUrl", BroadcastCheck.FirstProblem(Notice(new BroadcastTarget(All: true), imageUrl: "/local.png"))?.Field);
    }
}
