using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Conversation.Tests.Recognizers;

public sealed class PhoneRecognizerTests
{
    [Theory]
    [InlineData("0912345678", "84912345678")]
    [InlineData("0912 345 678", "84912345678")]
    [InlineData("0912.345.678", "84912345678")]
    [InlineData("091-234-5678", "84912345678")]
    [InlineData("+84912345678", "84912345678")]
    [InlineData("+84 912 345 678", "84912345678")]
    [InlineData("84912345678", "84912345678")]
    [InlineData("(+84) 912345678", "84912345678")]
    [InlineData("(+84) 912 345 678", "84912345678")]
    [InlineData("+84 0912 345 678", "84912345678")]
    [InlineData("0084912345678", "84912345678")]
    [InlineData("  0912345678  ", "84912345678")]
    [InlineData("0321234567", "84321234567")]
    [InlineData("0521234567", "84521234567")]
    [InlineData("0701234567", "84701234567")]
    [InlineData("0861234567", "84861234567")]
    [InlineData("0987654321", "84987654321")]
    [InlineData("02431234567", "842431234567")]
    [InlineData("024 3123 4567", "842431234567")]
    [InlineData("+84 24 3123 4567", "842431234567")]
    [InlineData("sđt của tôi là 0912345678", "84912345678")]
    [InlineData("SĐT: 0912.345.678 ạ", "84912345678")]
    [InlineData("số điện thoại 0912 345 678, gọi giờ hành chính", "84912345678")]
    [InlineData("gọi em số 0912345678. Cảm ơn", "84912345678")]
    [InlineData("0912345678 hoặc 0987654321", "84912345678")]
    [InlineData("ngày 15 0987654321", "84987654321")]
    [InlineData("0912345678 0987654321", "84912345678")]
    public void PhoneNumberIsNormalized(string text, string expected)
    {
        Assert.Equal(expected, PhoneRecognizer.Normalize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("091234567")]
    [InlineData("09123456789")]
    [InlineData("0012345678")]
    [InlineData("0112345678")]
    [InlineData("0612345678")]
    [InlineData("0412345678")]
    [InlineData("0243123456")]
    [InlineData("912345678")]
    [InlineData("09123abc78")]
    [InlineData("0912345678abc")]
    [InlineData("abc0912345678")]
    [InlineData("CCCD 001234567890")]
    [InlineData("0912 345 678 90")]
    [InlineData("+1 912 345 678")]
    [InlineData("không có số")]
    [InlineData("15/12/2026")]
    public void TextWithoutAValidPhoneNumberIsNull(string? text)
    {
        Assert.Null(PhoneRecognizer.Normalize(text));
    }

    [Theory]
    [InlineData("84912345678", "84912***678")]
    [InlineData("842431234567", "84243****567")]
    [InlineData("1234", "****")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void MaskKeepsOnlyTheStartAndTheEnd(string? normalized, string expected)
    {
        Assert.Equal(expected, PhoneRecognizer.Mask(normalized));
    }
}
