namespace ChatAssistant.Testing;

/// <summary>One send request as the fake Zalo API saw it, accepted or not.</summary>
/// <param name="Path">The request path, e.g. <c>/v3.0/oa/message/cs</c> or <c>/message/template</c> (ZNS).</param>
/// <param name="AccessToken">The <c>access_token</c> header, if any.</param>
/// <param name="UserId"><c>recipient.user_id</c>; for template messages the top-level <c>user_id</c>; for ZNS the <c>phone</c>.</param>
/// <param name="Text"><c>message.text</c>, if any.</param>
/// <param name="RawJson">The body exactly as received.</param>
/// <param name="ReceivedAt">When the fake received it, by its clock.</param>
/// <param name="AnsweredError">The <c>error</c> the fake answered (0 = accepted).</param>
/// <param name="MessageId">The id the fake issued when it accepted the message.</param>
public sealed record ReceivedMessage(
    string Path,
    string? AccessToken,
    string? UserId,
    string? Text,
    string RawJson,
    DateTimeOffset ReceivedAt,
    int AnsweredError,
    string? MessageId)
{
    public bool Accepted => AnsweredError == 0;
}
