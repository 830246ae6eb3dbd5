using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.Dossiers;

public static class DossierEndpoints
{
    public const string ImportAction = "dossier.import";

    /// <summary>Officers import their office's result lists and read a dossier as residents will.</summary>
    /// <remarks>An account the officer may not see answers 404, never 403, as the hand-off endpoints do.</remarks>
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/dossiers").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapPost("/import", ImportAsync);
        group.MapGet("/{code}", Get);
        return app;
    }

    private static async Task<Results<Ok<DossierImportReport>, NotFound, ValidationProblem>> ImportAsync(
        string? oaId, HttpContext context, AccountDirectory accounts, DossierImport import, AuditLog audit, IOptions<DossierOptions> options)
    {
        var officer = context.GetOfficer();
        if (oaId is null || !accounts.Serves(oaId) || !officer.CanSee(oaId))
        {
            return TypedResults.NotFound();
        }
        // Raised for this endpoint only: everywhere else the server's default (30 MB) keeps guarding.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxUploadBytes;
        }
        var (csv, problem) = await CsvUpload.OpenAsync(context.Request, options.Value.MaxUploadBytes, context.RequestAborted);
        if (csv is null)
        {
            return Problem("body", problem!);
        }
        DossierImportReport report;
        try
        {
            report = await import.ImportAsync(csv, oaId, context.RequestAborted);
        }
        catch (InvalidDossierFileException ex)
        {
            return Problem("file", ex.Message);
        }
        catch (InvalidDataException)
        {
            // A multipart file over the limit; a text/csv body over it fails as a 413 from the server instead.
            await audit.WriteAsync(officer.RecordedId, officer.Name, ImportAction, oaId, subject: null, detail: "interrupted: too large");
            return Problem("file", string.Create(CultureInfo.InvariantCulture,
                $"The file is larger than {options.Value.MaxUploadBytes / (1024 * 1024)} MB; split it. Rows before the cut were imported."));
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            // Batches already committed stay (a re-import completes them): the record says the import was cut short.
            await audit.WriteAsync(officer.RecordedId, officer.Name, ImportAction, oaId, subject: null, detail: "interrupted");
            throw;
        }
        // Counts only: the rows may hold personal data, and the audit log is kept for ever.
        await audit.WriteAsync(officer.RecordedId, officer.Name, ImportAction, oaId, subject: null, detail: string.Create(CultureInfo.InvariantCulture,
            $"accepted={report.Accepted}; inserted={report.Inserted}; updated={report.Updated}; unchanged={report.Unchanged}; rejected={report.RejectedTotal}"));
        return TypedResults.Ok(report);
    }

    private static Results<Ok<Dossier>, NotFound> Get(string code, string? oaId, HttpContext context, DossierStore dossiers)
    {
        var officer = context.GetOfficer();
        return oaId is not null && officer.CanSee(oaId) && dossiers.Find(oaId, code) is { } dossier
            ? TypedResults.Ok(dossier)
            : TypedResults.NotFound();
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
