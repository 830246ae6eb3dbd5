using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Tests.Understanding;

public sealed class ShorthandTests
{
    [Theory]
    [InlineData("ko dc à", "khong duoc a")]
    [InlineData("sđt của e là j", "so dien thoai cua em la gi")]
    [InlineData("làm cccd ntn ạ", "lam can cuoc cong dan nhu the nao a")]
    [InlineData("bị lừa mất 50tr", "bi lua mat 50 trieu")]
    [InlineData("đk kt3 hết bn", "dang ky tam tru het bao nhieu")]
    [InlineData("ad ơi", "admin oi")]
    public void ShorthandIsSpelledOut(string typed, string normalized) =>
        Assert.Equal(normalized, Shorthand.Normalize(typed));

    [Theory]
    [InlineData("thẻ bị hỏng", "the bi hong")]
    [InlineData("anh a", "anh a")]
    public void AmbiguousWordsAreLeftAlone(string typed, string normalized) =>
        Assert.Equal(normalized, Shorthand.Normalize(typed));

    [Fact]
    public void HalfAnEmojiDoesNotThrow() =>
        Assert.Equal("ok", Shorthand.Normalize("ok \uD83D"));
}
