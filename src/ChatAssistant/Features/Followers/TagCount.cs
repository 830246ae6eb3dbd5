namespace ChatAssistant.Features.Followers;

/// <summary>A tag in use on an account: how many residents have it, and how many of them still follow.</summary>
/// <param name="Label">The group's name when the account lists it, else a label as written.</param>
public sealed record TagCount(string Tag, string Label, int Residents, int Following);
