using System.Globalization;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.TipOffs.Evidence;

namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>What became of a report's photos and files, in one line a resident reads: received, still coming, or refused and why.</summary>
internal sealed class EvidenceOutcome(EvidenceStore evidence)
{
    /// <summary>The line, or null when the report came without evidence.</summary>
    public string? Describe(ITextCatalog texts, long tipOffId)
    {
        var items = evidence.List(tipOffId);
        if (items.Count == 0)
        {
            return null;
        }
        var stored = items.Count(i => i.Status == EvidenceStatus.Stored);
        var pending = items.Count(i => i.Status == EvidenceStatus.Pending);
        var refused = items.Where(i => i.Status is EvidenceStatus.Rejected or EvidenceStatus.Failed)
            .GroupBy(i => ReasonKey(i.Reason))
            .Select(g => texts.Get(TipOffFollowUpTexts.EvidenceRefused,
                ("count", g.Count().ToString(CultureInfo.InvariantCulture)), ("reason", texts.Get(g.Key))))
            .ToList();
        var parts = new List<string>();
        if (stored > 0)
        {
            parts.Add(texts.Get(TipOffFollowUpTexts.EvidenceStored, ("count", stored.ToString(CultureInfo.InvariantCulture))));
        }
        if (pending > 0)
        {
            parts.Add(texts.Get(TipOffFollowUpTexts.EvidencePending, ("count", pending.ToString(CultureInfo.InvariantCulture))));
        }
        parts.AddRange(refused);
        return texts.Get(TipOffFollowUpTexts.EvidenceLine, ("parts", string.Join("; ", parts)));
    }

    private static string ReasonKey(string? reason) => reason switch
    {
        EvidenceReason.TooLarge => TipOffFollowUpTexts.EvidenceTooLarge,
        EvidenceReason.Type => TipOffFollowUpTexts.EvidenceWrongType,
        EvidenceReason.Expired => TipOffFollowUpTexts.EvidenceExpired,
        _ => TipOffFollowUpTexts.EvidenceUnreachable,
    };
}
