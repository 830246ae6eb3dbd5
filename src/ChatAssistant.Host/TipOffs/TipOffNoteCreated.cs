namespace ChatAssistant.Host.TipOffs;

/// <summary>What an accepted action answers: the timeline entry it wrote.</summary>
public sealed record TipOffNoteCreated(long NoteId);
