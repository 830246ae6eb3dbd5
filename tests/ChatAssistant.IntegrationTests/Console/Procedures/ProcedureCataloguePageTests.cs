using System.Net;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.Procedures;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console.Procedures;

public sealed class ProcedureCataloguePageTests : ConsoleTest
{
    [Fact]
    public async Task Every_procedure_is_listed_with_its_qr_code_and_public_page_even_for_a_viewer()
    {
        var catalogue = Service.Services.GetRequiredService<ProcedureCatalogue>();
        var viewer = await SignedInAsAsync(OfficerRole.Viewer, OaA);

        var html = await viewer.GetPageAsync("/console/procedures");

        foreach (var procedure in catalogue.Procedures)
        {
            var row = html.IndexOf($"data-procedure=\"{procedure.Id}\"", StringComparison.Ordinal);
            Assert.True(row > 0, $"{procedure.Id} is not listed");
            var next = html.IndexOf("</tr>", row, StringComparison.Ordinal);
            var cells = html[row..next];
            Assert.Contains("<img class=\"qr\" src=\"data:image/png;base64,iVBOR", cells, StringComparison.Ordinal);
            Assert.Contains($"/thu-tuc/{procedure.Id}\"", cells, StringComparison.Ordinal);
        }
        Assert.Contains("/thu-tuc/bang-qr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_print_view_has_one_qr_card_per_procedure_and_the_board_link_opens()
    {
        var catalogue = Service.Services.GetRequiredService<ProcedureCatalogue>();
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);

        var print = await client.GetPageAsync("/console/procedures?handler=Print");
        using var board = await client.GetAsync("/thu-tuc/bang-qr");

        Assert.Equal(catalogue.Procedures.Count(), print.Split("<figure class=\"qr-card\">").Length - 1);
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
    }
}
