using System.Net;
using System.Text.RegularExpressions;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Host.PublicPages;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.PublicPages;

/// <summary>GET /thu-tuc/bang-qr: the printable A4 board of QR codes for the office wall.</summary>
public sealed partial class PublicPageBoardTests : ZaloHostTest
{
    private ProcedureCatalogue Catalogue => Service.Services.GetRequiredService<ProcedureCatalogue>();

    private static int Count(string html, string what) => html.Split(what).Length - 1;

    [Fact]
    public async Task FieldBoardHasACardForEveryProcedureOnOneA4Sheet()
    {
        var field = Catalogue.Fields.Single(f => f.Id == "cu-tru");

        var html = await Service.Http.GetStringAsync(new Uri("/thu-tuc/bang-qr?field=cu-tru", UriKind.Relative));

        Assert.Contains("@page { size: A4; margin: 10mm; }", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "<section class=\"sheet\">"));
        Assert.Equal(field.Procedures.Count, Count(html, "src=\"data:image/png;base64,"));
        Assert.All(field.Procedures, p => Assert.Contains($">{p.Name}</figcaption>", html, StringComparison.Ordinal));
        Assert.Contains($"Thủ tục hành chính: {field.Name}", html, StringComparison.Ordinal);
        Assert.Contains(QrBoardPage.Instruction, html, StringComparison.Ordinal);
        // The one account served names the unit the board hangs in.
        Assert.Contains("<p class=\"unit\">Công an phường Thử</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GridIsTheOneComputedForTheField()
    {
        var field = Catalogue.Fields.Single(f => f.Id == "xe");
        var grid = QrBoardLayout.For(field.Procedures.Count);

        var html = await Service.Http.GetStringAsync(new Uri("/thu-tuc/bang-qr?field=xe", UriKind.Relative));

        Assert.Contains($"grid-template-columns: repeat({grid.Columns}, ", html, StringComparison.Ordinal);
        Assert.Contains($"grid-template-rows: repeat({grid.Rows}, ", html, StringComparison.Ordinal);
        var sizes = QrSize().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(grid.QrSize.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(sizes));
    }

    [Fact]
    public async Task WholeBoardPutsEachFieldOnItsOwnPage()
    {
        var html = await Service.Http.GetStringAsync(new Uri("/thu-tuc/bang-qr", UriKind.Relative));

        Assert.Equal(Catalogue.Fields.Count, Count(html, "<section class=\"sheet\">"));
        Assert.Contains(".sheet:not(:last-child) { break-after: page; }", html, StringComparison.Ordinal);
        Assert.Equal(Catalogue.Procedures.Count(), Count(html, "src=\"data:image/png;base64,"));
        Assert.All(Catalogue.Fields, f => Assert.Contains($"Thủ tục hành chính: {f.Name}", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownFieldIsNotFound()
    {
        using var response = await Service.Http.GetAsync(new Uri("/thu-tuc/bang-qr?field=khong-co", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy lĩnh vực", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("""<img [^>]*style="width: ([0-9.]+)mm; height: \1mm;">""")]
    private static partial Regex QrSize();
}
