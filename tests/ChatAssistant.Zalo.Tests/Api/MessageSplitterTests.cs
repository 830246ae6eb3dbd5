using System.Text;
using ChatAssistant.Zalo.Api;

namespace ChatAssistant.Zalo.Tests.Api;

public class MessageSplitterTests
{
    private const string VietnameseSentence =
        "Công dân cần mang theo căn cước công dân và sổ hộ khẩu khi đến trụ sở công an phường để làm thủ tục đăng ký tạm trú. ";

    [Fact]
    public void ShortTextIsOnePartTrimmed() =>
        Assert.Equal(["Xin chào anh/chị!"], MessageSplitter.Split("  Xin chào anh/chị!\n"));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void BlankTextGivesNoParts(string text) => Assert.Empty(MessageSplitter.Split(text));

    [Fact]
    public void TextOfExactlyTheLimitIsOnePart()
    {
        var text = new string('a', MessageSplitter.ZaloTextLimit);

        Assert.Equal([text], MessageSplitter.Split(text));
    }

    [Fact]
    public void OneCharacterOverTheLimitMakesTwoParts()
    {
        var text = new string('a', 1000) + " " + new string('b', 1000);

        var parts = MessageSplitter.Split(text);

        Assert.Equal([new string('a', 1000), new string('b', 1000)], parts);
        AssertWellFormed(text, parts, MessageSplitter.ZaloTextLimit);
    }

    [Fact]
    public void LongVietnameseParagraphIsCutBetweenSentences()
    {
        var text = string.Concat(Enumerable.Repeat(VietnameseSentence, 60)).Trim();

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count >= 4);
        AssertWellFormed(text, parts, MessageSplitter.ZaloTextLimit);
        Assert.All(parts, p => Assert.EndsWith("tạm trú.", p, StringComparison.Ordinal));
    }

    [Fact]
    public void QuestionsExclamationsAndEllipsesEndSentences()
    {
        var text = "Anh cần gì? Em giúp ngay! Chờ chút… Xong rồi. Cảm ơn";

        var parts = MessageSplitter.Split(text, 14);

        Assert.Equal(["Anh cần gì?", "Em giúp ngay!", "Chờ chút…", "Xong rồi.", "Cảm ơn"], parts);
    }

    [Fact]
    public void LinesAreKeptWholeAndPackedTogether()
    {
        var lines = Enumerable.Range(1, 9).Select(i => $"{i}. " + new string('x', 590)).ToList();
        var text = string.Join("\n", lines);

        var parts = MessageSplitter.Split(text);

        Assert.Equal(3, parts.Count);
        Assert.Equal(string.Join("\n", lines.Take(3)), parts[0]);
        AssertWellFormed(text, parts, MessageSplitter.ZaloTextLimit);
    }

    [Fact]
    public void LineBreakIsPreferredToALaterSentenceEnd()
    {
        var text = "Thủ tục:\nBước một. Bước hai. Bước ba.";

        var parts = MessageSplitter.Split(text, 30);

        Assert.Equal(["Thủ tục:", "Bước một. Bước hai. Bước ba."], parts);
    }

    [Fact]
    public void DecimalPointIsNotASentenceEnd()
    {
        var text = "Phí là 3.5 nghìn đồng mỗi trang";

        var parts = MessageSplitter.Split(text, 12);

        Assert.DoesNotContain(parts, p => p.EndsWith("3.", StringComparison.Ordinal));
        AssertWellFormed(text, parts, 12);
    }

    [Fact]
    public void GiantWordIsHardCutIntoFullParts()
    {
        var text = new string('w', 4500);

        var parts = MessageSplitter.Split(text);

        Assert.Equal([2000, 2000, 500], parts.Select(p => p.Length));
        AssertWellFormed(text, parts, MessageSplitter.ZaloTextLimit);
    }

    [Fact]
    public void EmojiAtTheBoundaryIsNotTornApart()
    {
        var text = new string('a', 1999) + "😀" + new string('b', 100);

        var parts = MessageSplitter.Split(text);

        Assert.Equal(new string('a', 1999), parts[0]);
        Assert.StartsWith("😀", parts[1], StringComparison.Ordinal);
        AssertWellFormed(text, parts, MessageSplitter.ZaloTextLimit);
    }

    [Fact]
    public void FamilyEmojiAtTheBoundaryStaysOneCharacter()
    {
        const string family = "👨‍👩‍👧";
        var text = new string('a', 1995) + family + new string('b', 10);

        var parts = MessageSplitter.Split(text);

        Assert.StartsWith(family, parts[1], StringComparison.Ordinal);
        AssertWellFormed(text, parts, MessageSplitter.ZaloTextLimit);
    }

    [Fact]
    public void DecomposedVietnameseLetterKeepsItsToneMark()
    {
        // "ệ" written as e + combining circumflex + combining dot below, as some keyboards send it.
        var letter = "e\u0302\u0323";
        var text = new string('a', 9) + letter + "bc";

        var parts = MessageSplitter.Split(text, 10);

        Assert.Equal(new string('a', 9), parts[0]);
        Assert.StartsWith(letter, parts[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomMixedTextAlwaysSplitsWellFormed(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["Xin chào", "công dân", "😀", "phường", ".", "?", "!", "…", " ", " ", " ", "\n", "\r\n", "đăng ký", "👨‍👩‍👧", "CCCD"];
        var builder = new StringBuilder();
        while (builder.Length < 9000)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        var text = builder.ToString();
        foreach (var max in new[] { 2000, 333, 40, 7 })
        {
            AssertWellFormed(text, MessageSplitter.Split(text, max), max);
        }
    }

    [Fact]
    public void LimitBelowTwoIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MessageSplitter.Split("abc", 1));

    private static void AssertWellFormed(string original, IReadOnlyList<string> parts, int max)
    {
        Assert.All(parts, part =>
        {
            Assert.NotEqual("", part);
            Assert.Equal(part.Trim(), part);
            Assert.InRange(part.Length, 1, max);
            Assert.False(char.IsHighSurrogate(part[^1]), "a part ends in half a surrogate pair");
            Assert.False(char.IsLowSurrogate(part[0]), "a part starts with half a surrogate pair");
        });
        Assert.Equal(WithoutWhitespace(original), WithoutWhitespace(string.Concat(parts)));
    }

    private static string WithoutWhitespace(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
