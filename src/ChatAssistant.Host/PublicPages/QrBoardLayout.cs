namespace ChatAssistant.Host.PublicPages;

/// <summary>
/// Fits a field's QR cards on one A4 sheet: tries every column count and keeps the one giving the largest QR code,
/// since that decides how far away a resident can scan it from. Every size is fixed in millimetres, so what is
/// computed here is what prints; names that run long are cut by the card, never pushed onto a second page.
/// </summary>
public static class QrBoardLayout
{
    public const double PageWidth = 210;
    public const double PageHeight = 297;
    public const double PageMargin = 10;
    public const double PrintableWidth = PageWidth - (2 * PageMargin);

    /// <summary>One millimetre short of the printable height: browsers round sizes and would start a blank page for less.</summary>
    public const double SheetHeight = PageHeight - (2 * PageMargin) - 1;

    /// <summary>Unit name, title (up to two lines) and the scanning instruction.</summary>
    public const double HeaderHeight = 36;
    public const double Gap = 4;
    public const double CardPadding = 3;

    /// <summary>Between the code and the name under it.</summary>
    public const double CaptionGap = 2;

    /// <summary>Larger codes scan no better; the space goes to white margin.</summary>
    public const double MaxQrSize = 90;
    public const int MaxColumns = 6;

    /// <summary>More than this per sheet and codes fall under 15 mm; a larger field continues on further sheets.</summary>
    public const int MaxPerSheet = 36;

    public const int NameLines = 3;
    private const double PointInMillimetres = 25.4 / 72;
    private const double LineHeight = 1.2;

    public static double GridHeight => SheetHeight - HeaderHeight;

    public static QrBoardGrid For(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPerSheet);
        return Enumerable.Range(1, Math.Min(MaxColumns, count))
            .Select(columns => Grid(count, columns))
            .OrderByDescending(grid => grid.QrSize)
            .ThenBy(grid => grid.Columns)
            .First();
    }

    private static QrBoardGrid Grid(int count, int columns)
    {
        var rows = (count + columns - 1) / columns;
        var cardWidth = Floor((PrintableWidth - ((columns - 1) * Gap)) / columns);
        var cardHeight = Floor((GridHeight - ((rows - 1) * Gap)) / rows);
        // Narrow cards get a smaller font so that a usual name (40-60 characters) still fits in three lines.
        var fontSize = columns switch { <= 2 => 14, 3 => 11, 4 => 9.5, _ => 8 };
        var nameHeight = Math.Ceiling(NameLines * fontSize * LineHeight * PointInMillimetres * 10) / 10;
        var qrSize = Floor(Math.Min(MaxQrSize, Math.Min(
            cardWidth - (2 * CardPadding),
            cardHeight - (2 * CardPadding) - CaptionGap - nameHeight)));
        return new QrBoardGrid(columns, rows, cardWidth, cardHeight, qrSize, nameHeight, fontSize);
    }

    // Tenths of a millimetre, rounded down, so that the printed sum never exceeds the computed one.
    private static double Floor(double millimetres) => Math.Floor(millimetres * 10) / 10;
}
