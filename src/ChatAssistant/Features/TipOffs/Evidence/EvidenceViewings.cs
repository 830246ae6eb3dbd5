using System.Globalization;
using ChatAssistant.Features.Officers;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Officers seeing evidence, in the audit log: written before a file's first byte is served, once per officer, file and viewing.</summary>
/// <remarks>
/// Showing a photo in the report's page reveals it as much as downloading it, so the console and the API record the
/// same action. Every request that serves bytes (the whole file or a range, and a HEAD) counts; a video player asks
/// for a file in dozens of ranges, so an officer's requests for one file within <see cref="EvidenceOptions.ViewingWindow"/>
/// of the last row are that row's viewing.
/// </remarks>
public sealed class EvidenceViewings(AuditLog audit, IOptions<EvidenceOptions> options)
{
    public const string Action = "tipoff.evidence.download";

    /// <summary>Records the officer seeing the file unless this officer's viewing of it is already recorded within the window.</summary>
    public Task RecordAsync(Officer officer, string oaId, long tipOffId, long evidenceId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return audit.WriteOnceWithinAsync(options.Value.ViewingWindow, officer.RecordedId, officer.Name, Action, oaId,
            string.Create(CultureInfo.InvariantCulture, $"{tipOffId}/{evidenceId}"));
    }
}
