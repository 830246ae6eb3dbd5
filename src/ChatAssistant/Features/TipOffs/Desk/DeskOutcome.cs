namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>What an officer's action on a report came to: the timeline entry it wrote, or why it was refused.</summary>
public sealed record DeskOutcome(long? NoteId, DeskRefusal? Refusal)
{
    public bool Done => Refusal is null;

    public static DeskOutcome Recorded(long noteId) => new(noteId, null);

    public static DeskOutcome Refused(DeskRefusal refusal) => new(null, refusal);
}
