namespace ChatAssistant.Host.PublicPages;

/// <summary>How the cards of one printed board are laid out, in millimetres (fonts in points).</summary>
public sealed record QrBoardGrid(
    int Columns,
    int Rows,
    double CardWidth,
    double CardHeight,
    double QrSize,
    double NameHeight,
    double NameFontSize);
