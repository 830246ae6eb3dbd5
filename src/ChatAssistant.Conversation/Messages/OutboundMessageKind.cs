namespace ChatAssistant.Conversation.Messages;

public enum OutboundMessageKind
{
    Text,
    Image,
    /// <summary>A card asking the resident to share name, phone and address.</summary>
    RequestUserInfo,
}
