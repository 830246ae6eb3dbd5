using System.Text;
using ChatAssistant.Testing;
using ChatAssistant.Testing.Conversations;
using ChatAssistant.Understanding;

namespace ChatAssistant.Tests.Understanding;

/// <summary>No message can crash a turn (issue 14, point 9): random Unicode through the understanding layer and the whole pipeline.</summary>
public sealed class UnderstandingFuzzTests
{
    private static readonly string[] Pieces =
    [
        "👍", "🙏", "😂", "\uD83D", "\uDE00", "\u200B", "\u200D", "\uFEFF", "\u0301", "\u0323", "\u0300\u0300\u0300", "đ", "Ư", "ạ",
        "cccd", "ko", "?", "!!!", "\n", "\t", " ", "0912345678", "15/12", "8h30", "G01.123-240101-0001", "𝕏", "ﷺ", "\u202E", "\0",
        "huỷ", "menu", "cán bộ", "cứu", "tổ 5", "50tr",
    ];

    [Fact]
    public void RandomUnicodeIsUnderstoodWithoutThrowing()
    {
        var examples = IntentExamples.Load(Path.Combine(RepositoryDialogs.Folder, IntentExamples.FolderName));
        var understander = new Understander(IntentClassifier.Train(examples.All), TimeProvider.System);
        var random = new Random(14);
        for (var i = 0; i < 2000; i++)
        {
            var meaning = understander.Understand(RandomText(random, random.Next(0, 40)));
            Assert.NotNull(meaning);
        }
        Assert.NotNull(understander.Understand(RandomText(random, 20_000)));
    }

    [Fact]
    public async Task RandomMessagesAlwaysGetAReplyAndNeverTheSystemErrorApology()
    {
        await using var harness = ConversationHarness.Create();
        var random = new Random(140);
        for (var i = 0; i < 60; i++)
        {
            var text = RandomText(random, random.Next(1, 12));
            await harness.Resident($"fuzz-{i % 6}").Send(text).TakeReplies(replies =>
            {
                var escaped = string.Concat(text.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:X4}"));
                Assert.True(replies.Count > 0, $"no reply to \"{escaped}\"");
                Assert.All(replies, reply => Assert.False(reply.Text.Contains("gặp sự cố", StringComparison.Ordinal), $"the turn failed on \"{escaped}\""));
            });
        }
    }

    private static string RandomText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            text.Append(random.Next(3) == 0 ? (char)random.Next(0x20, 0xFFFF) : Pieces[random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }
}
