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
        // Only of someone arriving late ("12 giờ khuya mới vô nhận phòng"): "7h sáng mai phường mở cửa chưa" asks the office,
        // "11h đêm qua có người trèo vào nhà" tells a story.
        if (meaning.Time is null || !(meaning.IsQuestion || meaning.Mentions("thi sao")) || meaning.Mentions(BookingWords)
            || !meaning.Mentions(ArrivalWords) || meaning.Guess is { Intent: Intents.OfficeInfo or Intents.Emergency, Confidence: >= MessageMeaning.Sure }
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

    private static readonly string[] ArrivalWords =
        ["moi toi", "moi den", "moi ve", "moi vo", "toi nha", "den nha", "ve nha", "vo nha", "nhan phong", "ve muon", "toi tre", "den tre"];
}
