using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>A feature that answers free text the menu did not claim ("làm căn cước cần gì", "địa chỉ ở đâu").</summary>
/// <remarks>
/// The front door asks answerers in <see cref="Order"/>; the first that answers ends the turn. Those below
/// <see cref="AfterIntents"/> claim exact commands and are asked before the intent routes; the others after them.
/// </remarks>
public interface IQuestionAnswerer
{
    const int AfterIntents = 100;

    int Order { get; }

    /// <summary>Answers, or begins a flow, and returns true; returns false to let the next answerer try.</summary>
    Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken);

    /// <summary>
    /// Answers a question asked in the middle of a flow with a message only (no flow begins) and returns true when it could.
    /// </summary>
    /// <param name="closely">Only when the message is plainly this answerer's question: where any text may be the flow's
    /// answer (the story of a report), a question without a question's marks is answered only then.</param>
    bool TryAnswerAside(ITurnContext turn, MessageMeaning meaning, bool closely = false) => false;

    /// <summary>
    /// Whether <see cref="TryAnswerAside"/> judges on its own whether a message is its question, whatever intent the
    /// classifier guessed (the questions about the service, matched against their own phrasings).
    /// </summary>
    bool AnswersAsidesOfItsOwn => false;
}
