using Dapper;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Messaging.Dispatch;

/// <summary>Where a resident's message stands against <see cref="MessagingOptions.MaxMessagesPerResidentPerMinute"/>.</summary>
public enum FloodStanding
{
    /// <summary>Within the rate: the message gets its turn.</summary>
    Within,

    /// <summary>The first past the rate: no turn, one polite reply asking the resident to wait.</summary>
    FirstOver,

    /// <summary>Further past the rate: no turn, no reply.</summary>
    Over,
}

/// <summary>
/// Counts a resident's messages in the minute before each one, from the inbox: the rows are there whatever became of
/// them, in the lane's order, so the count is the same after a restart and needs no memory of its own.
/// </summary>
/// <remarks>
/// Measured against the time each message was received, not the time its turn runs, so a backlog worked off after an
/// outage is not mistaken for a flood.
/// </remarks>
public sealed class ResidentFloodGate(SqliteConnectionFactory connections, IOptions<MessagingOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // The resident's last (limit + 1) messages before this one, newest first, through ix_inbox_user: a flood of
    // thousands reads no more rows than the limit. Events stored ignored or stale never had a turn and do not count.
    private const string CountRecent = """
        SELECT count(*) FROM (
            SELECT received_at FROM inbox_messages
            WHERE oa_id = @oaId AND user_id = @userId AND id < @id
              AND event_name LIKE 'user_send_%' AND status NOT IN ('ignored', 'stale')
            ORDER BY id DESC
            LIMIT @take
        )
        WHERE received_at > @since
        """;

    /// <summary>Where the resident's message <paramref name="envelope"/> stands.</summary>
    public FloodStanding Judge(InboxMessage envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var limit = options.Value.MaxMessagesPerResidentPerMinute;
        using var connection = connections.Open();
        var before = connection.ExecuteScalar<long>(CountRecent, new
        {
            oaId = envelope.OaId,
            userId = envelope.UserId,
            id = envelope.Id,
            take = limit + 1,
            since = envelope.ReceivedAt - (long)Window.TotalMilliseconds,
        });
        return before < limit ? FloodStanding.Within : before == limit ? FloodStanding.FirstOver : FloodStanding.Over;
    }
}
