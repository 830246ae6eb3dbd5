using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures.Search;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>
/// "Công an phường có tiếp nhận hồ sơ xin giấy chứng nhận đủ điều kiện về an ninh, trật tự không?": a question about the
/// office that names a procedure asks where that procedure is filed. The office's card would not say.
/// </summary>
internal sealed class ProcedureOffices(ProcedureIndex index, OfficeDirectory directory, ProcedureTopic topic, ProcedureCatalogue catalogue) : IIntentHandler
{
    // Words asking whether an office takes a dossier, or handles or issues what was asked about.
    private static readonly string[] AcceptWords =
        ["tiep nhan", "nhan ho so", "co nhan", "khong nhan", "nop o", "nop tai", "lam o phuong", "lam tai phuong", "lam o cong an", "lam tai cong an",
         "giai quyet", "co cap", "cap khong", "co lam"];

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.OfficeInfo];

    public Task<bool> HandleAsync(DialogContext dc, MessageMeaning meaning, CancellationToken cancellationToken)
    {
        // "thứ 7 có nhận hồ sơ không" asks about a day, "giờ tiếp nhận và trả kết quả trong tuần" the hours: the office's
        // hours answer them. "Công an phường có giải quyết thủ tục này không ạ?", "công an phường có cấp ko": the procedure
        // just discussed.
        if (!meaning.Mentions(AcceptWords) || meaning.Mentions(HoursAsked) || OfficeAnswers.AsksAboutADay(meaning, VietnamTime.Today(dc.Context.Clock))
            || (ProcedureMention.Find(index, meaning) ?? Discussed(dc, meaning)) is not { } procedure)
        {
            return Task.FromResult(false);
        }
        var turn = dc.Context;
        turn.SendRawText(ProcedureAnswer.RenderAspects(procedure, [ProcedureAspect.Where], turn.Activity.AccountId, directory, turn.Texts));
        ProcedureTopic.Remember(turn, procedure.Id);
        return Task.FromResult(true);
    }

    /// <summary>
    /// The procedure discussed lately, when the message asks only whether the unit takes it: not when it asks the way to
    /// an office ("địa chỉ bộ phận tiếp nhận của Công an tỉnh") or whether someone receives now ("bây giờ tôi đến nộp thì
    /// có cán bộ tiếp nhận không"), which the offices answer.
    /// </summary>
    private Procedure? Discussed(DialogContext dc, MessageMeaning meaning) =>
        !OfficeQuestion.AsksHowToReach(meaning.Text) && !meaning.Mentions(NotAboutTheProcedure) && meaning.Date is null
        && topic.Recall(dc.Context) is { } id ? catalogue.Find(id) : null;

    private static readonly string[] HoursAsked = ["gio tiep nhan", "gio tra ket qua", "gio nhan ho so", "gio lam viec"];

    private static readonly string[] NotAboutTheProcedure = ["bo phan tiep nhan", "bay gio", "luc nay", "hom nay", "cong an tinh"];
}
