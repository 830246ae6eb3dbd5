namespace ChatAssistant.Zalo.Webhooks;

/// <summary>Every id field that can name the OA or the resident, before the event family decides.</summary>
internal readonly record struct ParticipantFields(
    string? OaIdField,
    string? UserIdField,
    string? SenderId,
    string? RecipientId,
    string? FollowerId);
