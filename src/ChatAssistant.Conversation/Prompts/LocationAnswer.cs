using ChatAssistant.Conversation.Activities;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>Where something is: a shared point, a typed address, or both.</summary>
public sealed record LocationAnswer(GeoLocation? Point, string? Address);
