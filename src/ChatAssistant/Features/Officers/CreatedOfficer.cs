namespace ChatAssistant.Features.Officers;

/// <summary>A new officer and their key: the only moment the key exists outside the officer's hands.</summary>
public sealed record CreatedOfficer(Officer Officer, string Key);
