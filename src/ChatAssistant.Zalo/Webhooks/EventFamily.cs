namespace ChatAssistant.Zalo.Webhooks;

/// <summary>Groups of Zalo events that share where the OA and the user sit in the body.</summary>
internal enum EventFamily
{
    /// <summary><c>user_send_*</c>: the resident wrote to the OA.</summary>
    UserMessage,
    /// <summary><c>anonymous_send_*</c>: a resident wrote without sharing their profile.</summary>
    AnonymousMessage,
    Follow,
    Unfollow,
    SubmitInfo,
    ChatNow,
    /// <summary><c>user_received_message</c> and <c>user_seen_message</c>.</summary>
    Receipt,
    UserReaction,
    /// <summary><c>oa_send_*</c>: what the OA sent, echoed back with sender and recipient swapped.</summary>
    OaEcho,
    OaReaction,
    Other,
}
