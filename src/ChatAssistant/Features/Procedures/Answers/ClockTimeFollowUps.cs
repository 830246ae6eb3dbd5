using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>
/// "mà tối 11h45 đêm nó mới tới nhà thì báo lúc nào", just after the procedure of a guest's stay: a question naming a
/// clock time about a procedure whose entry sets hours gets the entry's sentence on those hours. Asked before the intent
/// routes, which take a late arrival told this way for a story to report.
/// </summary>
internal sealed class ClockTimeFollowUps(ProcedureTopic topic, ProcedureCatalogue catalogue, Understander understander) : IQuestionAnswerer
{
    // After the codes of dossiers and receipts, which a time never is, and the questions about the service.
    public int Order => 46;

    public Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var meaning = understander.Of(turn);
        // "đặt lịch 9h sáng mai", "hẹn 8h được không": a time for a booking, which the booking routes take.
        if (meaning.Time is null || !(meaning.IsQuestion || meaning.Mentions("thi sao")) || meaning.Mentions(BookingWords)
            || topic.Recall(turn) is not { } id || catalogue.Find(id) is not { } discussed
            || ProcedureFacts.ClockHours(discussed) is not { } hours)
        {
            return Task.FromResult(false);
        }
        turn.SendRawText(ProcedureAnswer.RenderFact(discussed, hours, turn.Texts));
        ProcedureTopic.Remember(turn, discussed.Id);
        return Task.FromResult(true);
    }

    private static readonly string[] BookingWords = ["dat", "lich", "hen", "doi"];
}
