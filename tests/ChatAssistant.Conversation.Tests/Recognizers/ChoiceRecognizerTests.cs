using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Conversation.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Procedures =
    [
        new("can_cuoc", "Căn cước", ["CCCD", "căn cước công dân"]),
        new("cu_tru", "Cư trú"),
        new("ho_chieu", "Hộ chiếu"),
    ];

    private static readonly Choice[] Residence =
    [
        new("thuong_tru", "Đăng ký thường trú"),
        new("tam_tru", "Đăng ký tạm trú"),
        new("tam_vang", "Khai báo tạm vắng"),
        new("luu_tru", "Thông báo lưu trú"),
    ];

    private static readonly Choice[] Seats =
    [
        new("one", "1 người"),
        new("two", "2 người"),
    ];

    public static TheoryData<string, Choice[], int?> Cases => new()
    {
        // The number shown.
        { "1", Procedures, 0 },
        { "2", Procedures, 1 },
        { " 3 ", Procedures, 2 },
        { "số 2", Procedures, 1 },
        { "so 2", Procedures, 1 },
        { "Số 3 ạ", Procedures, 2 },
        { "hai", Procedures, 1 },
        { "ba", Procedures, 2 },
        { "chọn 1", Procedures, 0 },
        { "chon so 3", Procedures, 2 },
        { "4", Procedures, null },
        { "0", Procedures, null },
        { "mười", Procedures, null },
        { "thứ 2", Procedures, null },
        // The option's words, with or without marks, in any case, with words around.
        { "Căn cước", Procedures, 0 },
        { "can cuoc", Procedures, 0 },
        { "CĂN CƯỚC", Procedures, 0 },
        { "cư trú", Procedures, 1 },
        { "cu tru", Procedures, 1 },
        { "hộ chiếu", Procedures, 2 },
        { "ho chieu", Procedures, 2 },
        { "tôi muốn làm hộ chiếu ạ", Procedures, 2 },
        { "căn cước công dân", Procedures, 0 },
        { "cccd", Procedures, 0 },
        { "CCCD", Procedures, 0 },
        { "hc", Procedures, 2 },
        // Fragments: a whole syllable beats the start of one, so "cư" is "Cư trú", not "Căn cước".
        { "cư", Procedures, 1 },
        { "chieu", Procedures, 2 },
        { "tru", Procedures, 1 },
        { "cuoc", Procedures, 0 },
        { "can", Procedures, 0 },
        // One typo in a syllable of four letters or more.
        { "hộ chiêu", Procedures, 2 },
        { "ho chiue", Procedures, 2 },
        { "ho chiu", Procedures, 2 },
        { "can cuco", Procedures, 0 },
        // Nothing or two options alike.
        { "xe máy", Procedures, null },
        { "c", Procedures, null },
        { "ho chieu can cuoc", Procedures, null },
        { "dang ky", Residence, null },
        { "tru", Residence, null },
        { "tạm", Residence, null },
        { "tam tru", Residence, 1 },
        { "thường trú", Residence, 0 },
        { "tam vang", Residence, 2 },
        { "luu tru", Residence, 3 },
        { "khai báo", Residence, 2 },
        { "dang ky tam tru a", Residence, 1 },
        // A title said in full wins over its position.
        { "2 người", Seats, 1 },
        { "2", Seats, 1 },
        { "1 nguoi", Seats, 0 },
        { "3", Seats, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OptionIsPickedByNumberOrWords(string text, Choice[] choices, int? expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, choices));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyTextPicksNothing(string? text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Procedures));
    }

    [Fact]
    public void NoOptionsPickNothing()
    {
        Assert.Null(ChoiceRecognizer.Recognize("1", []));
        Assert.Null(ChoiceRecognizer.Recognize("1", null));
    }
}
