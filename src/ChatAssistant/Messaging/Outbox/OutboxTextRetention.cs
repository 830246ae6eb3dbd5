using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>
/// Empties the text of delivered messages <see cref="MessagingOptions.SentTextRetention"/> after they were sent, and of
/// messages given up <see cref="MessagingOptions.FailedTextRetention"/> after their last attempt. The rows stay, with
/// status, times and error codes: broadcast reports, health and metrics read those, never the text.
/// </summary>
/// <remarks>
/// A reply can quote what the resident wrote (a phone number read back for confirmation), and officers read
/// conversations from the masked transcripts, so the outbox needs a text only until it is delivered.
/// </remarks>
public sealed partial class OutboxTextRetention(
    SqliteWriter writer,
    WalTrim wal,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<OutboxTextRetention> logger) : PeriodicPurge(clock, logger)
{
    // Small updates, one write each: turns and deliveries get their turn in between.
    private const int RowsPerWrite = 2000;

    /// <summary>Every hour, or sooner when a retention is shorter, but not more than once a minute.</summary>
    public override TimeSpan RunEvery
    {
        get
        {
            var shortest = TimeSpan.FromTicks(Math.Min(options.Value.SentTextRetention.Ticks, options.Value.FailedTextRetention.Ticks));
            return TimeSpan.FromTicks(Math.Clamp(shortest.Ticks, TimeSpan.FromMinutes(1).Ticks, TimeSpan.FromHours(1).Ticks));
        }
    }

    // Through ix_outbox_text_kept, which holds only closed rows that still have a text.
    private const string EmptyTexts = """
        UPDATE outbox_messages SET body = '{}'
        WHERE id IN (
            SELECT id FROM outbox_messages
            WHERE status IN ('sent', 'failed') AND body <> '{}'
              AND ((status = 'sent' AND sent_at <= @sentCutoff)
                OR (status = 'failed' AND coalesce(last_attempt_at, created_at) <= @failedCutoff))
            ORDER BY id
            LIMIT @max
        )
        """;

    /// <summary>Empties every text past its retention; returns how many.</summary>
    public override async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow();
        var sentCutoff = (now - options.Value.SentTextRetention).ToUnixTimeMilliseconds();
        var failedCutoff = (now - options.Value.FailedTextRetention).ToUnixTimeMilliseconds();
        var total = await InBatchesAsync(writer, RowsPerWrite, (connection, transaction) =>
            connection.Execute(EmptyTexts, new { sentCutoff, failedCutoff, max = RowsPerWrite }, transaction), cancellationToken).ConfigureAwait(false);
        if (total > 0)
        {
            // The texts are gone from the rows; the WAL's older page images go with the trim.
            wal.Request();
            LogEmptied(Logger, total);
        }
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Emptied the text of {Count} delivered or given-up outbox messages past their retention")]
    private static partial void LogEmptied(ILogger logger, int count);
}
