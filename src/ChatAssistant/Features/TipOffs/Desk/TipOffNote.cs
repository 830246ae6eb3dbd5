namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>One entry of a report's timeline, decrypted for officers.</summary>
/// <param name="Kind">One of <see cref="TipOffNoteKinds"/>.</param>
/// <param name="OfficerId">Who wrote it; null for the reporter's answers and for the bootstrap admin.</param>
/// <param name="Status">For a status entry: the status the report moved to.</param>
/// <param name="Body">The note, question, answer or assignee; null when the entry has no words.</param>
/// <param name="AnsweredAt">For a question: when the reporter answered it.</param>
public sealed record TipOffNote(
    long Id,
    string Kind,
    long? OfficerId,
    string? Status,
    string? Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt);
