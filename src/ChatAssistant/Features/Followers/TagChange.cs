namespace ChatAssistant.Features.Followers;

/// <summary>What an officer's labelling did: the tag, how many residents changed, how many ids the account does not know.</summary>
public sealed record TagChange(string Tag, string Label, int Changed, int Unknown);
