using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Host.TipOffs;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.TipOffs;

/// <summary>One stored evidence file, decrypted for the report's page: images and videos shown inline, every opening audited.</summary>
/// <remarks>
/// Audited like the API's download (same action), since showing a photo reveals it as much as downloading it.
/// Another account's report, or evidence not stored, answers 404.
/// </remarks>
public sealed class EvidenceModel(AccountDirectory accounts, EvidenceStore evidence, EvidenceVault vault, AuditLog audit) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public long EvidenceId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!PickAccount(accounts) || evidence.FindStored(Account.OaId, Id, EvidenceId) is not { } stored)
        {
            return NotYours();
        }
        // Decrypted into memory (files are at most 25 MB) so the response can answer range requests: phones play
        // video only through them. Opened before the audit row: a file that does not open is an error, not a view.
        var content = new MemoryStream();
        await using (var decrypted = await vault.OpenAsync(stored.Id, stored.FileName, HttpContext.RequestAborted))
        {
            await decrypted.CopyToAsync(content, HttpContext.RequestAborted);
        }
        content.Position = 0;
        if (IsFirstRequestOfAViewing(Request))
        {
            await audit.WriteAsync(Officer.RecordedId, Officer.Name, EvidenceEndpoints.DownloadAction, Account.OaId,
                string.Create(CultureInfo.InvariantCulture, $"{Id}/{EvidenceId}"), detail: null);
        }
        // The type is the one the bytes showed when stored (sniffed), never the sender's word; other types download.
        var disposition = Shows(stored.ContentType) ? "inline" : "attachment";
        // nosniff and no-store come with every console response (SecurityHeaders).
        Response.Headers.ContentDisposition = string.Create(CultureInfo.InvariantCulture,
            $"{disposition}; filename=\"bang-chung-{EvidenceId}.{MediaSniffer.Extension(stored.ContentType)}\"");
        return new FileStreamResult(content, stored.ContentType) { EnableRangeProcessing = true };
    }

    /// <summary>A player fetches a video in many ranges; one viewing is one audit row, written for the request from byte 0.</summary>
    private static bool IsFirstRequestOfAViewing(HttpRequest request)
    {
        var range = request.GetTypedHeaders().Range;
        return range is null || range.Ranges.Count == 0 || range.Ranges.First().From is null or 0;
    }

    /// <summary>Images, videos and sound play in the page; anything else (a PDF) is a download.</summary>
    public static bool Shows(string? contentType) =>
        contentType is not null && (contentType.StartsWith("image/", StringComparison.Ordinal)
            || contentType.StartsWith("video/", StringComparison.Ordinal)
            || contentType.StartsWith("audio/", StringComparison.Ordinal));
}
