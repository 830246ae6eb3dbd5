using System.Text.Json.Serialization;
using ChatAssistant.Conversation.Messages;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>Source-generated JSON for outbox bodies: no reflection on the send path.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(OutboundMessage))]
internal sealed partial class OutboundJson : JsonSerializerContext;
