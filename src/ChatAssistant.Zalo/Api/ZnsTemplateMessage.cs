namespace ChatAssistant.Zalo.Api;

/// <summary>One ZNS template message (zalo-platform.md, section 4): a pre-approved template filled in for one phone number.</summary>
/// <param name="Phone">In <c>84…</c> form; Zalo refuses the local <c>0…</c> form.</param>
/// <param name="TemplateId">The template Zalo approved for the OA.</param>
/// <param name="TemplateData">The template's parameters by name.</param>
/// <param name="TrackingId">Our id for the send, at most <see cref="ZnsClient.MaxTrackingIdLength"/> characters; Zalo echoes it in delivery events.</param>
public sealed record ZnsTemplateMessage(
    string Phone,
    string TemplateId,
    IReadOnlyDictionary<string, string> TemplateData,
    string TrackingId);
