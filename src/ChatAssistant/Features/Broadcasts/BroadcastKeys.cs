using System.Globalization;
using ChatAssistant.Messaging.Outbox;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>
/// The outbox idempotency keys of a notice's messages: <c>broadcast:{id}:{userId}:0.0</c>. A batch fed twice (a retried
/// write) adds nothing the second time, and a notice's rows are one range of the key's unique index.
/// </summary>
public static class BroadcastKeys
{
    /// <summary>What <c>MessageOutbox.AppendOutgoing</c> takes as the source of a recipient's message.</summary>
    public static string Source(long broadcastId, string userId) => string.Create(CultureInfo.InvariantCulture, $"{OutboxSender.NoticeKeyPrefix}{broadcastId}:{userId}");

    /// <summary>Every key of the notice starts with this; a recipient's key is this, the user id, and <see cref="OnlyMessage"/>.</summary>
    public static string Prefix(long broadcastId) => string.Create(CultureInfo.InvariantCulture, $"{OutboxSender.NoticeKeyPrefix}{broadcastId}:");

    /// <summary>The first string above every key of the notice (';' follows ':').</summary>
    public static string End(long broadcastId) => string.Create(CultureInfo.InvariantCulture, $"{OutboxSender.NoticeKeyPrefix}{broadcastId};");

    /// <summary>The suffix of the one message a notice sends (first message, first part: a notice fits in one message).</summary>
    public const string OnlyMessage = ":0.0";
}
