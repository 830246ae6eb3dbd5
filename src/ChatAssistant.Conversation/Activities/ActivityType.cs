namespace ChatAssistant.Conversation.Activities;

/// <summary>The kinds of activity a dialog can receive.</summary>
public enum ActivityType
{
    /// <summary>The resident sent something: text, attachments, a location, a card.</summary>
    Message,
    Follow,
    Unfollow,
    /// <summary>The resident answered a request-user-info card.</summary>
    SubmitInfo,
    /// <summary>A resident who never chatted opened the chat for the first time.</summary>
    ConversationStart,
    /// <summary>Delivery or read receipt for messages the bot sent.</summary>
    Receipt,
    Reaction,
    /// <summary>A staff member answered the resident from the channel's own tool.</summary>
    StaffMessage,
    /// <summary>An echo of what the bot itself sent; nothing to do.</summary>
    Echo,
    /// <summary>An event the service does not know; stored, acknowledged, not acted on.</summary>
    Unknown,
    /// <summary>
    /// Raised by the service itself on the resident's lane (a survey invitation after an appointment): it runs
    /// in the resident's turn order like a message, but the resident did not write, so it opens no window.
    /// </summary>
    Event,
}
