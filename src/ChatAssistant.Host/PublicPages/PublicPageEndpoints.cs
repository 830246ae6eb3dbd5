using ChatAssistant.Accounts;
using ChatAssistant.Features.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.PublicPages;

public static class PublicPageEndpoints
{
    /// <summary>
    /// The public procedure pages residents open from QR codes and chat links, and the printable QR board.
    /// "bang-qr" is a literal segment and wins over <c>{id}</c>; no procedure may take that id.
    /// </summary>
    public static IEndpointRouteBuilder MapPublicPageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(PublicPageAddress.Root).ExcludeFromDescription();
        group.MapGet("/", GetList);
        group.MapGet("/bang-qr", GetBoard);
        group.MapGet("/{id}", GetPage);
        group.MapGet("/{id}/qr.png", GetQrCode);
        return app;
    }

    private static Results<ContentHttpResult, StatusCodeHttpResult> GetList(ProcedureCatalogue catalogue, HttpContext http) =>
        PublicPageResponses.Page(http, ProcedureListPage.Render(catalogue.Fields, PublicPageAddress.PagesRoot(http.Request)));

    private static Results<ContentHttpResult, StatusCodeHttpResult> GetPage(string id, ProcedureCatalogue catalogue, HttpContext http)
    {
        var root = PublicPageAddress.PagesRoot(http.Request);
        if (catalogue.Find(id) is not { } procedure)
        {
            return PublicPageResponses.NotFoundPage(http, NotFoundPage.Render("thủ tục", root));
        }
        var field = catalogue.Fields.First(f => f.Id == procedure.FieldId);
        return PublicPageResponses.Page(http, ProcedurePage.Render(procedure, field, root));
    }

    private static Results<FileContentHttpResult, NotFound> GetQrCode(
        string id, int? size, ProcedureCatalogue catalogue, IOptions<PublicPagesOptions> options, HttpContext http)
    {
        if (catalogue.Find(id) is null)
        {
            return TypedResults.NotFound();
        }
        if (options.Value.BaseUrl is null)
        {
            PublicPageResponses.VaryByHost(http);
        }
        var address = PublicPageAddress.Of(id, options.Value, http.Request);
        return PublicPageResponses.Png(http, ProcedureQrCode.Png(address, size ?? ProcedureQrCode.DefaultPixelsPerModule));
    }

    private static Results<ContentHttpResult, StatusCodeHttpResult> GetBoard(
        string? field, ProcedureCatalogue catalogue, AccountDirectory accounts, IOptions<PublicPagesOptions> options, HttpContext http)
    {
        var fields = field is null ? catalogue.Fields : catalogue.Fields.Where(f => f.Id == field).ToList();
        if (fields.Count == 0)
        {
            return PublicPageResponses.NotFoundPage(http, NotFoundPage.Render("lĩnh vực", PublicPageAddress.PagesRoot(http.Request)));
        }
        if (options.Value.BaseUrl is null)
        {
            PublicPageResponses.VaryByHost(http);
        }
        // A deployment serving many units cannot tell from the request which one prints the board: name none then.
        var unit = accounts.Accounts.Count == 1 ? accounts.Accounts[0].Name : null;
        return PublicPageResponses.Page(http, QrBoardPage.Render(fields, unit, p => PublicPageAddress.Of(p.Id, options.Value, http.Request)));
    }
}
