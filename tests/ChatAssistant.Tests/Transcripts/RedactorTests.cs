using ChatAssistant.Transcripts;

namespace ChatAssistant.Tests.Transcripts;

public sealed class RedactorTests
{
    private const string Phone = Redactor.PhoneMask;
    private const string Document = Redactor.DocumentMask;

    [Theory]
    [InlineData("Số của tôi là 0912345678", $"Số của tôi là {Phone}")]
    [InlineData("Số của tôi là 0912 345 678 nhé", $"Số của tôi là {Phone} nhé")]
    [InlineData("SĐT: 0912.345.678, cảm ơn", $"SĐT: {Phone}, cảm ơn")]
    [InlineData("gọi 0912-345-678 giúp em", $"gọi {Phone} giúp em")]
    [InlineData("Liên hệ +84 912 345 678", $"Liên hệ {Phone}")]
    [InlineData("Liên hệ +84912345678.", $"Liên hệ {Phone}.")]
    [InlineData("zalo 84912345678", $"zalo {Phone}")]
    [InlineData("(+84) 987 654 321 là số nhà em", $"{Phone} là số nhà em")]
    [InlineData("+84 0912 345 678", Phone)]
    [InlineData("091 234 5678", Phone)]
    [InlineData("0912 345.678", Phone)]
    [InlineData("sdt0387654321", $"sdt{Phone}")]
    [InlineData("Máy bàn 024 3825 1234 giờ hành chính", $"Máy bàn {Phone} giờ hành chính")]
    [InlineData("+84 24 3825 1234", Phone)]
    [InlineData("0912345678, 0987654321", $"{Phone}, {Phone}")]
    [InlineData("0912345678 0987654321", $"{Phone} {Phone}")]
    [InlineData("chọn 3 0912345678", $"chọn 3 {Phone}")]
    [InlineData("CCCD 001203004567 cấp ngày 15/12/2021", $"CCCD {Document} cấp ngày 15/12/2021")]
    [InlineData("CCCD: 001 203 004 567", $"CCCD: {Document}")]
    [InlineData("CMND số 123456789.", $"CMND số {Document}.")]
    [InlineData("Số định danh 079094001234, điện thoại 0901234567", $"Số định danh {Document}, điện thoại {Phone}")]
    public void PersonalNumbersAreMasked(string text, string expected) =>
        Assert.Equal(expected, Redactor.Redact(text));

    [Theory]
    [InlineData("Lệ phí 50.000 đồng")]
    [InlineData("Lệ phí 1.500.000 đồng, nộp trước 15/12/2026")]
    [InlineData("Phạt từ 84.500.000.000 đồng")]
    [InlineData("Hẹn ngày 05-12-2026 lúc 8h30")]
    [InlineData("Ngày 03.05.2026 08 00")]
    [InlineData("Sinh năm 1990, ở tổ 12, số nhà 203")]
    [InlineData("Trường hợp khẩn cấp, hãy gọi 113")]
    [InlineData("Tổng đài 1900 1234")]
    [InlineData("Mã hồ sơ HS123456789")]
    [InlineData("Giai đoạn 2020-2026")]
    [InlineData("Cần 2 ảnh 3x4 và 1 bản sao")]
    [InlineData("Số tài khoản 1234567890")]
    [InlineData("Xin chào, tôi muốn làm căn cước")]
    [InlineData("")]
    public void OtherNumbersAreLeftAlone(string text) =>
        Assert.Equal(text, Redactor.Redact(text));

    [Fact]
    public void RedactingTwiceChangesNothingMore()
    {
        var once = Redactor.Redact("0912345678 và CCCD 001203004567");

        Assert.Equal(once, Redactor.Redact(once));
    }
}
