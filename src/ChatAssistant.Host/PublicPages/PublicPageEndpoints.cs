using ChatAssistant.Features.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.PublicPages;

public static class PublicPageEndpoints
{
    /// <summary>The public procedure pages residents open from QR codes and chat links.</summary>
    public static IEndpointRouteBuilder MapPublicPageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(PublicPageAddress.Root).ExcludeFromDescription();
        group.MapGet("/", GetList);
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
}
