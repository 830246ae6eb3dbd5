using ChatAssistant.Features.Dossiers;

namespace ChatAssistant.Tests.Features.Dossiers;

public sealed class DossierPhoneTests
{
    [Theory]
    [InlineData("6789", "6789")]
    [InlineData("so cuoi 6789", "6789")]
    [InlineData("số cuối là 6789 ạ", "6789")]
    [InlineData("6 7 8 9", "6789")]
    [InlineData("67 89", "6789")]
    [InlineData("6-7-8-9.", "6789")]
    [InlineData("4 số cuối: 6789", "6789")]
    [InlineData("6789 nhé, 4 số cuối", "6789")]
    [InlineData("0912 346 789", "6789")]
    [InlineData("0912.346.789", "6789")]
    [InlineData("(6789)", "6789")]
    public void TheDigitsAreReadAsResidentsTypeThem(string message, string digits) =>
        Assert.Equal(digits, DossierPhone.LastDigitsIn(message));

    [Theory]
    [InlineData("")]
    [InlineData("không nhớ")]
    [InlineData("678")]
    [InlineData("6 7 8")]
    [InlineData("G01.123-240101-0001")]
    [InlineData("sáu bảy tám chín")]
    public void AnAnswerWithoutFourDigitsIsNone(string message) => Assert.Null(DossierPhone.LastDigitsIn(message));

    [Theory]
    [InlineData("0912345678", "5678")]
    [InlineData("+84 912 345 678", "5678")]
    [InlineData("912345678", "5678")]
    [InlineData("2438255678", "5678")]
    [InlineData("ĐT: 0912 345 678", "5678")]
    public void AListsNumberGivesItsLastFourDigits(string cell, string digits) =>
        Assert.Equal(digits, DossierPhone.LastDigitsOfNumber(cell));

    [Theory]
    [InlineData("12345")]
    [InlineData("0123456789")]
    [InlineData("không có")]
    [InlineData("091234567")]
    public void ACellWithoutAPhoneNumberGivesNone(string cell) => Assert.Null(DossierPhone.LastDigitsOfNumber(cell));
}
