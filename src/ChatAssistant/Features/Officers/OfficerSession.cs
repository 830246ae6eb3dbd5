namespace ChatAssistant.Features.Officers;

/// <summary>A signed-in officer as the database has them now, with the stamp their session cookie must carry.</summary>
public sealed record OfficerSession(Officer Officer, string Stamp, bool MustChangePassword);
