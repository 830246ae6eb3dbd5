using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Testing;

namespace ChatAssistant.Conversation.Tests.Recognizers;

/// <summary>Whatever a phone sends, a recognizer answers "not recognized" rather than throwing.</summary>
public sealed class JunkInputTests
{
    public static TheoryData<string?> Junk()
    {
        var data = new TheoryData<string?>
        {
            null,
            "",
            "\0",
            "\uD800",
            "\uDC00abc\uD800",
            "8h\uD83D",
            "😀😀😀",
            "👍",
            "١٢٣",
            "０９１２３４５６７８",
            "ｈｏｍ ｎａｙ",
            "\u0301\u0300\u0323",
            "a\u0301\u0301\u0301\u0301",
            "₫₫₫ %%% $$$",
            "中文 日本語 한국어",
            "क़िताब",
            new string('9', 5000),
            new string('/', 300),
            "1/1/1/1/1/1",
            "99/99/9999",
            "0/0",
            "1-1-99999",
            "9999999999h99",
            "99:99",
            "+++((()))---...",
            string.Join(' ', Enumerable.Repeat("hai mươi", 500)),
            string.Join(' ', Enumerable.Repeat("thứ", 50)),
            "ngày",
            "tháng",
            "kém",
            "8h kém",
            "thứ",
            "ngày 9999999999",
        };

        var random = new Random(20260302);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0x20, 0x7F) : (char)random.Next(0, 0x10000);
            }

            data.Add(new string(chars));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Junk))]
    public void RecognizersNeverThrowOnJunk(string? text)
    {
        var clock = new ManualClock();
        Choice[] choices = [new("a", "Căn cước"), new("b", text ?? "", [text ?? ""]), new("c", "")];

        _ = YesNoRecognizer.Recognize(text);
        _ = NumberRecognizer.Recognize(text);
        _ = new DateRecognizer(clock).Recognize(text);
        _ = TimeRecognizer.Recognize(text);
        _ = TimeRecognizer.RecognizePartOfDay(text);
        _ = new DateTimeRecognizer(clock).Recognize(text);
        _ = PhoneRecognizer.Mask(PhoneRecognizer.Normalize(text));
        _ = PhoneRecognizer.Mask(text);
        _ = ChoiceRecognizer.Recognize(text, choices);
        _ = ChoiceRecognizer.Recognize("1", choices);
    }
}
