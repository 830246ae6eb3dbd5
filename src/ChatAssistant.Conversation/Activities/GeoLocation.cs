namespace ChatAssistant.Conversation.Activities;

/// <summary>A point the resident shared, with the address when the channel gave one.</summary>
public sealed record GeoLocation(double Latitude, double Longitude, string? Address = null);
