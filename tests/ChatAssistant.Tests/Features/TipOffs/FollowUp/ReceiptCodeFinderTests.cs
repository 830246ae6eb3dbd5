using ChatAssistant.Features.TipOffs.FollowUp;

namespace ChatAssistant.Tests.Features.TipOffs.FollowUp;

public sealed class ReceiptCodeFinderTests
{
    [Theory]
    [InlineData("theo dõi K7M2-QX9P-4HRT", "K7M2QX9P4HRT")]
    [InlineData("theo doi k7m2 qx9p 4hrt giúp em", "K7M2QX9P4HRT")]
    [InlineData("mã: k7m2qx9p4hrt.", "K7M2QX9P4HRT")]
    [InlineData("ma K7M2 QX9P 4HRT", "K7M2QX9P4HRT")]
    public void CodeIsFoundWhereverResidentsPutIt(string text, string expected) =>
        Assert.Equal(expected, ReceiptCodeFinder.FindIn(text));

    [Theory]
    [InlineData("theo dõi")]
    [InlineData("tra cứu tin báo của tôi")]
    [InlineData("K7M2-QX9P-4HR")]
    [InlineData("K7M2QX9P4HR0")]
    [InlineData(null)]
    public void NoCodeIsFoundWhereThereIsNone(string? text) => Assert.Null(ReceiptCodeFinder.FindIn(text));

    // In the code's own shape, a letter no code has (0, O, 1, I, L) is a slip: the code is looked up, and not found.
    [Fact]
    public void ACodeShapedMistypeIsFound() => Assert.Equal("K7M2QX9P4HR0", ReceiptCodeFinder.FindIn("mã K7M2-QX9P-4HR0"));
}
