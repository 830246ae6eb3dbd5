namespace ChatAssistant.Conversation.Runtime;

/// <summary>Words any flow must obey, whatever question it asked.</summary>
public enum Interruption
{
    None,
    /// <summary>"menu", "trở về": back to the main menu (confirmed first when answers would be lost).</summary>
    Menu,
    /// <summary>"giúp", "help": explain the current question, then ask it again.</summary>
    Help,
    /// <summary>"huỷ", "hủy", "huy": end the flow.</summary>
    Cancel,
    /// <summary>"gặp cán bộ": hand the conversation to an officer.</summary>
    Officer,
}
