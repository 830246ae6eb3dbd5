namespace ChatAssistant.Messaging.Templates;

/// <summary>A pre-approved template filled in for one phone number.</summary>
/// <param name="Phone">In <c>84…</c> form. Personal data: never logged.</param>
/// <param name="TrackingId">Our id for the send, the same on every attempt (at most 48 characters).</param>
public sealed record TemplateMessage(string Phone, string TemplateId, IReadOnlyDictionary<string, string> Data, string TrackingId);
