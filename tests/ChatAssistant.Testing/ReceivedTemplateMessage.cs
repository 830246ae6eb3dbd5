namespace ChatAssistant.Testing;

/// <summary>One ZNS template message as the fake Zalo API saw it, accepted or not.</summary>
/// <param name="Phone">The <c>phone</c> field, as sent.</param>
/// <param name="TemplateData">The <c>template_data</c> object, every value read as a string.</param>
/// <param name="AnsweredError">The <c>error</c> the fake answered (0 = accepted).</param>
public sealed record ReceivedTemplateMessage(
    string? Phone,
    string? TemplateId,
    IReadOnlyDictionary<string, string> TemplateData,
    string? TrackingId,
    DateTimeOffset ReceivedAt,
    int AnsweredError)
{
    public bool Accepted => AnsweredError == 0;
}
