namespace ChatAssistant.Features.Followers;

/// <summary>Where a resident said they live: the folded tag targeting compares, the name shown, and its kind.</summary>
public sealed record Place(string Tag, string Label, PlaceKind Kind);
