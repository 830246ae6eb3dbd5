namespace ChatAssistant.Features.Broadcasts;

/// <summary>What sending now would do: how many followers the target matches, how many a free message reaches, and the message.</summary>
/// <param name="Kind">"text", or "image" when the words go as the caption of <paramref name="ImageUrl"/>.</param>
/// <param name="Text">The words exactly as residents will read them.</param>
public sealed record BroadcastPreview(long Id, long Recipients, long OutOfWindow, long Reachable, string Kind, string Text, string? ImageUrl);
