using ChatAssistant.Host.PublicPages;

namespace ChatAssistant.IntegrationTests.PublicPages;

/// <summary>The board's grid always fits the printable part of one A4 sheet, with codes large enough to scan.</summary>
public sealed class PublicPageBoardLayoutTests
{
    private const double PrintableHeight = QrBoardLayout.PageHeight - (2 * QrBoardLayout.PageMargin);

    public static TheoryData<int> UsualCounts() => [.. Enumerable.Range(1, 12)];

    public static TheoryData<int> EveryCount() => [.. Enumerable.Range(1, QrBoardLayout.MaxPerSheet)];

    [Theory]
    [MemberData(nameof(EveryCount))]
    public void GridFitsThePrintableArea(int count)
    {
        var grid = QrBoardLayout.For(count);

        Assert.True(grid.Columns * grid.Rows >= count, "every procedure has a card");
        Assert.True((grid.Columns * grid.Rows) - count < grid.Columns, "no empty row");
        Assert.InRange((grid.Columns * grid.CardWidth) + ((grid.Columns - 1) * QrBoardLayout.Gap), 0, QrBoardLayout.PrintableWidth);
        Assert.InRange(QrBoardLayout.HeaderHeight + (grid.Rows * grid.CardHeight) + ((grid.Rows - 1) * QrBoardLayout.Gap), 0, PrintableHeight);
        Assert.InRange(grid.QrSize + (2 * QrBoardLayout.CardPadding), 0, grid.CardWidth);
        Assert.InRange(grid.QrSize + grid.NameHeight + QrBoardLayout.CaptionGap + (2 * QrBoardLayout.CardPadding), 0, grid.CardHeight);
        Assert.True(grid.QrSize >= 15, $"{grid.QrSize} mm is too small to scan");
    }

    [Theory]
    [MemberData(nameof(UsualCounts))]
    public void UsualFieldGetsCodesScannableFromArmsLength(int count) =>
        Assert.InRange(QrBoardLayout.For(count).QrSize, 35, QrBoardLayout.MaxQrSize);

    [Fact]
    public void MoreProceduresNeverGetLargerCodes()
    {
        var sizes = Enumerable.Range(1, QrBoardLayout.MaxPerSheet).Select(n => QrBoardLayout.For(n).QrSize).ToList();

        Assert.All(sizes.Zip(sizes.Skip(1)), pair => Assert.True(pair.Second <= pair.First, $"{pair.Second} > {pair.First}"));
    }

    [Fact]
    public void NameHasRoomForThreeLinesOfItsFont()
    {
        var grid = QrBoardLayout.For(7);

        Assert.True(grid.NameHeight >= QrBoardLayout.NameLines * grid.NameFontSize * 1.2 * 25.4 / 72);
        Assert.InRange(grid.NameFontSize, 8, 14);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(QrBoardLayout.MaxPerSheet + 1)]
    public void CountOutsideOneSheetIsRefused(int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QrBoardLayout.For(count));
}
