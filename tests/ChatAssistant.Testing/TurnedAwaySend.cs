namespace ChatAssistant.Testing;

/// <summary>A send that <see cref="FakeZaloApi"/> turned away during an outage: nothing of it reached "Zalo".</summary>
/// <param name="UserId"><c>recipient.user_id</c>, if the body named one.</param>
/// <param name="Text"><c>message.text</c>, if any.</param>
/// <param name="At">When it came, by the fake's clock.</param>
/// <param name="How">What the sender got instead of an answer.</param>
public sealed record TurnedAwaySend(string? UserId, string? Text, DateTimeOffset At, ZaloOutage How);
