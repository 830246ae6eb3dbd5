using ChatAssistant.Features.Handoffs;
using ChatAssistant.Transcripts;

namespace ChatAssistant.Host.Officers;

/// <summary>An open hand-off as officers see it: who waits, since when, until when, and what was said.</summary>
public sealed record OpenHandoff(
    long Id,
    string OaId,
    string UserId,
    string Status,
    DateTimeOffset OpenedAt,
    long? OfficerId,
    DateTimeOffset? LastOfficerMessageAt,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<TranscriptEntry> Transcript)
{
    public static OpenHandoff From(Handoff handoff, DateTimeOffset expiresAt, IReadOnlyList<TranscriptEntry> transcript)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return new(handoff.Id, handoff.OaId, handoff.UserId, handoff.Status, handoff.OpenedAt, handoff.OfficerId,
            handoff.LastOfficerMessageAt, expiresAt, transcript);
    }
}
