using System.Text.Json;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Development;

/// <summary>The channel of development mode: stores what would have gone to Zalo, for the chat simulator.</summary>
public sealed class DevelopmentSink(SqliteWriter writer, TimeProvider clock) : IOutboundChannel
{
    private const string InsertMessage = """
        INSERT INTO dev_sink_messages (oa_id, user_id, kind, body, created_at)
        VALUES (@oaId, @userId, @kind, @body, @now)
        RETURNING id
        """;

    public async Task<DeliveryResult> DeliverAsync(string oaId, string userId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(message, OutboundJson.Default.OutboundMessage);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var id = await writer.WriteAsync((connection, transaction) =>
            connection.ExecuteScalar<long>(InsertMessage, new { oaId, userId, kind = message.Kind.ToString(), body, now }, transaction))
            .ConfigureAwait(false);
        return DeliveryResult.Delivered($"dev-{id}");
    }
}
