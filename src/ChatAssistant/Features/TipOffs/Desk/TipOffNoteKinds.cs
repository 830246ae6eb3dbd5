namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>The kinds of a report's timeline entries, as <c>tipoff_notes.kind</c> spells them.</summary>
public static class TipOffNoteKinds
{
    public const string Note = "note";
    public const string Status = "status";
    public const string Assignment = "assignment";
    public const string Question = "question";
    public const string Answer = "answer";
}
