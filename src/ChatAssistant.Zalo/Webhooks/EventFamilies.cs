namespace ChatAssistant.Zalo.Webhooks;

/// <summary>
/// The one place that knows which event belongs to which family and, from that, which fields
/// name the official account and the resident. The envelope reader and the parser both use it,
/// so the lane key and the activity can never disagree.
/// </summary>
internal static class EventFamilies
{
    public static EventFamily Of(string? eventName) => eventName switch
    {
        null => EventFamily.Other,
        "follow" => EventFamily.Follow,
        "unfollow" => EventFamily.Unfollow,
        "user_submit_info" => EventFamily.SubmitInfo,
        "user_click_chatnow" => EventFamily.ChatNow,
        "user_received_message" or "user_seen_message" => EventFamily.Receipt,
        "user_reacted_message" => EventFamily.UserReaction,
        "oa_reacted_message" => EventFamily.OaReaction,
        // Group chats (user_send_group_text, oa_send_group_*) put a group where a person would be;
        // answering them as if one resident wrote privately would be wrong, so they stay unknown.
        _ when IsGroupEvent(eventName) => EventFamily.Other,
        _ when eventName.StartsWith("user_send_", StringComparison.Ordinal) => EventFamily.UserMessage,
        _ when eventName.StartsWith("anonymous_send_", StringComparison.Ordinal) => EventFamily.AnonymousMessage,
        _ when eventName.StartsWith("oa_send_", StringComparison.Ordinal) => EventFamily.OaEcho,
        _ => EventFamily.Other,
    };

    /// <summary>Picks the official account and the resident out of the id fields a body may carry.</summary>
    public static (string? OaId, string? UserId) Participants(EventFamily family, in ParticipantFields fields) => family switch
    {
        EventFamily.UserMessage or EventFamily.AnonymousMessage or EventFamily.Receipt
            or EventFamily.UserReaction or EventFamily.SubmitInfo => (fields.RecipientId, fields.SenderId),
        EventFamily.Follow or EventFamily.Unfollow => (fields.OaIdField, fields.FollowerId),
        EventFamily.ChatNow => (fields.OaIdField, fields.UserIdField),
        // Echoes travel from the OA to the resident, so the roles are swapped.
        EventFamily.OaEcho or EventFamily.OaReaction => (fields.SenderId, fields.RecipientId),
        _ => (fields.OaIdField ?? fields.RecipientId, fields.UserIdField ?? fields.FollowerId ?? fields.SenderId),
    };

    private static bool IsGroupEvent(string eventName) =>
        eventName.StartsWith("user_send_group_", StringComparison.Ordinal)
        || eventName.StartsWith("oa_send_group_", StringComparison.Ordinal);
}
