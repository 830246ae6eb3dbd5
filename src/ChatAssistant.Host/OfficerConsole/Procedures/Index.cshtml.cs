using ChatAssistant.Features.Procedures;
using ChatAssistant.Host.PublicPages;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.OfficerConsole.Procedures;

/// <summary>The procedure catalogue by field, each procedure with its public page and QR code, and the way to the printable boards.</summary>
/// <remarks>The catalogue is the same for every unit, and public: any signed-in officer may see it.</remarks>
public sealed class IndexModel(ProcedureCatalogue catalogue, IOptions<PublicPagesOptions> options) : ConsolePage
{
    // Small on screen (the public page serves a large one); the print view doubles it for a sheet of paper.
    private const int ScreenPixelsPerModule = 3;
    private const int PrintPixelsPerModule = 6;

    public IReadOnlyList<ProcedureField> Fields => catalogue.Fields;

    public int Count => catalogue.Procedures.Count();

    /// <summary>The compact sheet to print: names and codes, no links or menus.</summary>
    public bool PrintView { get; private set; }

    public void OnGet()
    {
    }

    public void OnGetPrint() => PrintView = true;

    public string PageOf(Procedure procedure) => PublicPageAddress.Of(procedure.Id, options.Value, Request).AbsoluteUri;

    public string BoardOf(ProcedureField? field) =>
        PublicPageAddress.PagesRoot(Request) + "/bang-qr" + (field is null ? "" : "?field=" + Uri.EscapeDataString(field.Id));

    /// <summary>The QR code as a data: URL (the CSP allows data: images): the page and its print need no other request.</summary>
    public string QrImage(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var png = ProcedureQrCode.Png(PublicPageAddress.Of(procedure.Id, options.Value, Request), PrintView ? PrintPixelsPerModule : ScreenPixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
