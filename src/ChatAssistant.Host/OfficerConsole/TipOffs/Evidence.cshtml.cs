using ChatAssistant.Accounts;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Host.TipOffs;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.TipOffs;

/// <summary>One stored evidence file, decrypted for the report's page: images and videos shown inline, every viewing audited.</summary>
/// <remarks>
/// Audited like the API's download (same action), since showing a photo reveals it as much as downloading it. Ranges
/// are served (phones play video only through them), each request for one at the cost of the chunks it covers;
/// a player's many requests are one viewing (<see cref="EvidenceViewings"/>). Another account's report, or evidence
/// not stored, answers 404.
/// </remarks>
public sealed class EvidenceModel(AccountDirectory accounts, EvidenceStore evidence, EvidenceVault vault, EvidenceViewings viewings) : ConsolePage
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
        // Opened before anything is audited: a file that does not open is an error, not a view.
        var content = await vault.OpenAsync(stored.Id, stored.FileName, HttpContext.RequestAborted);
        // The type is the one the bytes showed when stored (sniffed), never the sender's word; other types download.
        var (officer, oaId) = (Officer, Account.OaId);
        return new EvidenceFileResult(content, stored.ContentType, EvidenceId, inline: Shows(stored.ContentType),
            () => viewings.RecordAsync(officer, oaId, Id, EvidenceId));
    }

    /// <summary>Images, videos and sound play in the page; anything else (a PDF) is a download.</summary>
    public static bool Shows(string? contentType) =>
        contentType is not null && (contentType.StartsWith("image/", StringComparison.Ordinal)
            || contentType.StartsWith("video/", StringComparison.Ordinal)
            || contentType.StartsWith("audio/", StringComparison.Ordinal));
}
