namespace ChatAssistant.Features.TipOffs;

/// <summary>Where a piece of evidence can be fetched from, as the channel described it.</summary>
/// <param name="Kind">image, video, audio or file (the <c>tipoff_evidence.kind</c> values).</param>
/// <param name="Url">The channel's URL; Zalo's expire, so it is fetched soon after the report.</param>
/// <param name="Name">The file name the resident's phone gave, when any.</param>
/// <param name="Size">The size the channel declared, when any; the fetch measures the real one.</param>
/// <param name="ContentType">The type the channel declared, when any.</param>
public sealed record EvidenceSource(string Kind, string Url, string? Name = null, long? Size = null, string? ContentType = null);
