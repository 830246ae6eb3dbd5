namespace ChatAssistant.Zalo.Webhooks;

/// <summary>
/// The few fields of a webhook event the request path needs before anything is parsed in full:
/// which account and resident it concerns, and what to deduplicate and verify it on.
/// </summary>
/// <param name="EventName">Zalo's <c>event_name</c>, e.g. <c>user_send_text</c>.</param>
/// <param name="AppId">The <c>app_id</c> field of the body.</param>
/// <param name="OaId">The official account, picked per event family (see <see cref="WebhookEnvelopeReader"/>).</param>
/// <param name="UserId">The resident, picked per event family.</param>
/// <param name="MessageId"><c>message.msg_id</c> when there is one.</param>
/// <param name="Timestamp">The <c>timestamp</c> field exactly as sent: the signature hashes this text.</param>
public sealed record WebhookEnvelope(
    string? EventName,
    string? AppId,
    string? OaId,
    string? UserId,
    string? MessageId,
    string? Timestamp);
