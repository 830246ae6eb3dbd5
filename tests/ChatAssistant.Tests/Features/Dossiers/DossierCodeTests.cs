using ChatAssistant.Features.Dossiers;

namespace ChatAssistant.Tests.Features.Dossiers;

public sealed class DossierCodeTests
{
    [Theory]
    [InlineData("G01.123-240101-0001", "G01.123-240101-0001")]
    [InlineData("  g01.123 - 240101 - 0001 ", "G01.123-240101-0001")]
    [InlineData("hs_2024_77", "HS_2024_77")]
    public void CodesAreComparedInUpperCaseWithoutSpaces(string typed, string key) =>
        Assert.Equal(key, DossierCode.Normalize(typed));

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("abcdef")]
    [InlineData("G01/123")]
    [InlineData("mã 123")]
    public void TextThatCannotBeACodeIsNone(string typed) => Assert.Null(DossierCode.Normalize(typed));

    [Fact]
    public void CodeLongerThanTheLimitIsNone() =>
        Assert.Null(DossierCode.Normalize("G" + new string('1', DossierCode.MaxLength)));

    [Theory]
    [InlineData("tra cứu hồ sơ G01.123-240101-0001", "G01.123-240101-0001")]
    [InlineData("tra cuu ho so g01.123 - 240101 - 0001 a", "G01.123-240101-0001")]
    [InlineData("Mã hồ sơ: G01.123-240101-0001.", "G01.123-240101-0001")]
    [InlineData("g01.123-240101-0001", "G01.123-240101-0001")]
    [InlineData("kiểm tra giúp em hồ sơ 000.00.10.H12-240506-0007 với ạ", "000.00.10.H12-240506-0007")]
    public void CodeIsFoundInsideTheMessage(string message, string key) => Assert.Equal(key, DossierCode.FindIn(message));

    [Theory]
    [InlineData("tra cứu hồ sơ")]
    [InlineData("4")]
    [InlineData("số 4")]
    [InlineData("không biết")]
    public void MessageWithoutACodeHasNone(string message) => Assert.Null(DossierCode.FindIn(message));
}
