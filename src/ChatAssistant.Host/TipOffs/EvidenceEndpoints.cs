using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs.Evidence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.TipOffs;

public static class EvidenceEndpoints
{
    public const string DownloadAction = EvidenceViewings.Action;

    /// <summary>A report's evidence for officers: the list, and each stored file decrypted (whole or a range), every viewing audited.</summary>
    /// <remarks>Another account's report, or evidence not stored, answers 404, never 403: ids of other units' reports are not confirmed.</remarks>
    public static IEndpointRouteBuilder MapTipOffEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/tipoffs").RequireAuthorization(OfficerAuthentication.OfficerPolicy);
        group.MapGet("/{id:long}/evidence", List);
        group.MapGet("/{id:long}/evidence/{evidenceId:long}", DownloadAsync);
        return app;
    }

    private static Results<Ok<IReadOnlyList<EvidenceItem>>, NotFound> List(long id, string? oaId, HttpContext context, EvidenceStore evidence) =>
        oaId is not null && context.GetOfficer().CanSee(oaId) && evidence.ReportBelongsTo(oaId, id)
            ? TypedResults.Ok(evidence.List(id))
            : TypedResults.NotFound();

    /// <remarks>
    /// Always an attachment under a neutral name, with the type its bytes showed and nosniff: a file from a resident is
    /// never rendered inside the officers' pages, nor kept in a browser or proxy cache.
    /// </remarks>
    private static async Task<Results<EvidenceFileResult, NotFound>> DownloadAsync(
        long id, long evidenceId, string? oaId, HttpContext context, EvidenceStore evidence, EvidenceVault vault, EvidenceViewings viewings)
    {
        var officer = context.GetOfficer();
        if (oaId is null || !officer.CanSee(oaId) || evidence.FindStored(oaId, id, evidenceId) is not { } stored)
        {
            return TypedResults.NotFound();
        }
        // Opened before anything is audited: a file that does not open is an error to investigate, not a viewing.
        var content = await vault.OpenAsync(stored.Id, stored.FileName, context.RequestAborted);
        return new EvidenceFileResult(content, stored.ContentType, evidenceId, inline: false, () => viewings.RecordAsync(officer, oaId, id, evidenceId));
    }
}
