using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Host.PublicPages;

/// <summary>The printable board for the office wall: one A4 sheet per field, a QR card per procedure.</summary>
public static class QrBoardPage
{
    public const string Instruction = "Quét mã QR bằng Zalo hoặc camera điện thoại để xem hồ sơ cần chuẩn bị";

    // About 300 dpi for the largest codes; a 1-bit PNG stays a few kilobytes.
    public const int PixelsPerModule = 12;

    // Sizes in the markup come from QrBoardLayout; these rules only place things inside them.
    private static readonly string Styles = Html.Of($$"""
        @page { size: A4; margin: {{QrBoardLayout.PageMargin:0.#}}mm; }
        * { box-sizing: border-box; }
        html, body { margin: 0; padding: 0; }
        body { color: #000; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
               -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .sheet { width: {{QrBoardLayout.PrintableWidth:0.#}}mm; height: {{QrBoardLayout.SheetHeight:0.#}}mm; overflow: hidden; }
        .sheet:not(:last-child) { break-after: page; }
        header { height: {{QrBoardLayout.HeaderHeight:0.#}}mm; overflow: hidden; text-align: center; }
        .unit { margin: 0; font-size: 13pt; font-weight: 600; text-transform: uppercase; }
        h1 { margin: 1.5mm 0; font-size: 19pt; line-height: 1.15; }
        .hint { margin: 0; font-size: 11.5pt; }
        .grid { display: grid; gap: {{QrBoardLayout.Gap:0.#}}mm; }
        .card { margin: 0; padding: {{QrBoardLayout.CardPadding:0.#}}mm; border: 0.3mm dashed #999; border-radius: 2mm;
                display: flex; flex-direction: column; align-items: center; justify-content: center; overflow: hidden; }
        .card img { display: block; image-rendering: pixelated; }
        figcaption { margin-top: {{QrBoardLayout.CaptionGap:0.#}}mm; width: 100%; overflow: hidden; text-align: center;
                     line-height: 1.2; font-weight: 600; display: -webkit-box; -webkit-box-orient: vertical;
                     -webkit-line-clamp: {{QrBoardLayout.NameLines}}; }
        @media screen {
          body { background: #e5e7eb; }
          .sheet { box-sizing: content-box; padding: {{QrBoardLayout.PageMargin:0.#}}mm; margin: 6mm auto; background: #fff;
                   box-shadow: 0 1mm 4mm rgba(0, 0, 0, .25); }
        }
        """).Value;

    /// <param name="fields">One sheet per field (more when a field outgrows <see cref="QrBoardLayout.MaxPerSheet"/>).</param>
    /// <param name="unitName">The police unit the board hangs in, when known.</param>
    /// <param name="addressOf">The page address each QR code carries.</param>
    public static string Render(IReadOnlyList<ProcedureField> fields, string? unitName, Func<Procedure, Uri> addressOf)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(addressOf);
        var sheets = fields
            .Where(field => field.Procedures.Count > 0)
            .SelectMany(field => field.Procedures.Chunk(QrBoardLayout.MaxPerSheet).Select(part => Sheet(field, part, unitName, addressOf)));
        var title = fields.Count == 1 ? "Bảng mã QR – " + fields[0].Name : "Bảng mã QR thủ tục hành chính";
        return PageShell.Document(title, Styles, Html.Each(sheets, sheet => sheet));
    }

    private static Markup Sheet(ProcedureField field, Procedure[] procedures, string? unitName, Func<Procedure, Uri> addressOf)
    {
        var grid = QrBoardLayout.For(procedures.Length);
        return Html.Of($"""
            <section class="sheet">
            <header>
            {Html.When(unitName is not null, () => Html.Of($"""<p class="unit">{unitName}</p>"""))}
            <h1>Thủ tục hành chính: {field.Name}</h1>
            <p class="hint">{Instruction}, lệ phí, thời hạn và nơi nộp.</p>
            </header>
            <div class="grid" style="grid-template-columns: repeat({grid.Columns}, {grid.CardWidth:0.#}mm); grid-template-rows: repeat({grid.Rows}, {grid.CardHeight:0.#}mm);">
            {Html.Each(procedures, procedure => Card(procedure, grid, addressOf(procedure)))}
            </div>
            </section>

            """);
    }

    private static Markup Card(Procedure procedure, QrBoardGrid grid, Uri address)
    {
        // Inline, not a link to qr.png: a board saved or printed offline keeps its codes.
        // Written as is: base64 cannot close the attribute, and encoding each '+' would bloat every image.
        var image = new Markup("data:image/png;base64," + Convert.ToBase64String(ProcedureQrCode.Png(address, PixelsPerModule)));
        return Html.Of($"""
            <figure class="card">
            <img src="{image}" alt="Mã QR: {procedure.Name}" style="width: {grid.QrSize:0.#}mm; height: {grid.QrSize:0.#}mm;">
            <figcaption style="height: {grid.NameHeight:0.#}mm; font-size: {grid.NameFontSize:0.#}pt;">{procedure.Name}</figcaption>
            </figure>

            """);
    }
}
