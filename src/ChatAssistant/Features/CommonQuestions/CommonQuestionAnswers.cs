using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.TipOffs.FollowUp;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.CommonQuestions;

/// <summary>
/// Answers the questions about the service itself ("em mất mã rồi", "báo ẩn danh thì có ai biết không", "tiền có lấy
/// lại được không") from dialogs/questions.yaml: before the intent routes when the match is close and the message is
/// not a request the routes act on, inside a flow as a side answer (the flow's question is then asked again).
/// </summary>
internal sealed class CommonQuestionAnswers(CommonQuestionIndex index, Understander understander, MainMenu menu) : IQuestionAnswerer
{
    // Requests the routes carry out: "đổi lịch hẹn" books a new time rather than telling how to.
    private static readonly HashSet<string> Requests =
    [
        Intents.Book, Intents.MyAppointments, Intents.CancelAppointment, Intents.Reschedule, Intents.TalkToOfficer, Intents.Emergency,
        Intents.DossierStatus, Intents.Greet, Intents.Thanks, Intents.Bye, Intents.Menu, Intents.Cancel,
    ];

    private const int MaxWordsOfACommand = 2;

    private const int MaxWordsOfAMenuCommand = 4;

    public int Order => 45;

    public bool AnswersAsidesOfItsOwn => true;

    public Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var meaning = understander.Of(dc.Context);
        // One or two words are a command ("theo dõi", "lịch hẹn"), for the menu and the routes; so are a few words that
        // say a menu line's own ("theo dõi tin báo") and ask nothing.
        var words = meaning.Normalized.Split(' ').Length;
        if (words <= MaxWordsOfACommand || (words <= MaxWordsOfAMenuCommand && !meaning.IsQuestion && menu.MatchKeywords(meaning.Normalized) is not null))
        {
            return Task.FromResult(false);
        }
        // "… thì có bị hủy lịch không": what befalls a booking, asked, not a request to cancel one; asked as plainly as a
        // question in a flow, it needs no closer match than one.
        var befalls = meaning.IsQuestion && meaning.Mentions("bi huy");
        var askedHow = befalls || meaning.Mentions("bang cach nao", "lam sao", "the nao", "nhu the nao", "kieu gi", "ra sao");
        if (meaning.Intent is { } intent && Requests.Contains(intent) && !askedHow)
        {
            return Task.FromResult(false);
        }
        // "cho tôi báo tin với": a report asked for, not a question about reports ("gọi 114 mà máy bận liên tục" is about
        // calling, whatever the classifier makes of it).
        if (meaning.Is(Intents.ReportCrime) && !meaning.IsQuestion && !meaning.Mentions("113", "114", "115"))
        {
            return Task.FromResult(false);
        }
        // "nếu em báo tin thì người ta có biết em là người báo không, em sợ lắm": a question about reporting, not a report;
        // asked as one, it needs no closer match than a question asked inside a flow.
        // (Not with a receipt code in it: that is looked up.)
        var aboutReports = meaning.IsQuestion && !meaning.Text.Any(char.IsAsciiDigit)
            && (meaning.Is(Intents.ReportCrime) || meaning.Is(Intents.FollowUpReport) || meaning.Is(Intents.Help));
        if (!aboutReports)
        {
            // Clause by clause ("Kính chào. Xin cho tôi biết trang Zalo này hỗ trợ những việc gì?"), but not around a code,
            // which is looked up whatever is asked beside it, nor around a part of a procedure asked, but for who may or
            // where ("mẹ tôi 82 tuổi", "thu nhận hồ sơ" name no part the procedure's answer would give). Saying it asks, its
            // phrasing weighs more than the story around ("Mẹ tôi đi lại rất khó khăn, xin hỏi cán bộ có thể đến tận nhà …
            // được không"), unless it is sure to ask about the office ("cán bộ ơi cho hỏi trụ sở làm việc đến mấy giờ" shares
            // "cán bộ … đến" with home visits).
            return Task.FromResult(Answer(dc.Context, meaning, befalls ? CommonQuestionIndex.CloseForAQuestionAside : CommonQuestionIndex.Close,
                byClause: meaning.Aspects.All(aspect => aspect is ProcedureAspect.Eligibility or ProcedureAspect.Where) && !HasACode(meaning.Text),
                asked: meaning.SaysItAsks && !meaning.Is(Intents.OfficeInfo)));
        }
        // "cho em hỏi nếu em báo … thì họ có biết là em báo không": saying it asks, the question weighs more than its story.
        if (!Answer(dc.Context, meaning, CommonQuestionIndex.CloseForAQuestionAside, byClause: meaning.Aspects.Count == 0, asked: meaning.SaysItAsks))
        {
            return Task.FromResult(false);
        }
        // "Chú ơi, con biết nhà bên cạnh tối mô cũng có người tới mua ma túy, con báo thì có bị lộ tên không?": the question
        // answered, the story told beside it still gets its report offered.
        return Task.FromResult(!TellsAStoryBeside(meaning.Text));
    }

    // A dossier's or a receipt's code, or a phone number, is looked up or taken; an age ("mẹ tôi 82 tuổi") or a sum ("2 triệu",
    // "100.000 đồng") is part of the question.
    private static bool HasACode(string text) =>
        DossierCode.FindIn(text) is not null || ReceiptCodeFinder.FindIn(text) is not null || PhoneRecognizer.Normalize(text) is not null;

    private const int MinWordsOfAStory = 8;

    private static bool TellsAStoryBeside(string text) =>
        VietnameseText.Clauses(text).Select(clause => (Clause: clause, Normalized: Shorthand.Normalize(clause)))
            .Any(c => c.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWordsOfAStory && !MessageMeaning.Asks(c.Clause, c.Normalized));

    /// <remarks>Inside a flow a question may sit in a clause of a longer message (a story told, then "mà báo xong có ai
    /// biết không"): it is matched clause by clause, unless it asks a part of a procedure ("hỏi chút, nộp xong bao lâu thì
    /// có kết quả" is the procedure's time limit, not how long a report takes). At the front door the whole message is
    /// matched, for a story with a question is first a report to offer.</remarks>
    public bool TryAnswerAside(ITurnContext turn, MessageMeaning meaning, bool closely = false) =>
        Answer(turn, meaning, meaning.IsQuestion && !closely ? CommonQuestionIndex.CloseForAQuestionAside : CommonQuestionIndex.Close,
            byClause: meaning.Aspects.Count == 0,
            // "mà em hỏi chút, … có ai biết tên em không?": marked as a question and saying it asks.
            asked: meaning.IsQuestion && !closely && meaning.Text.Contains('?', StringComparison.Ordinal) && meaning.SaysItAsks);

    private bool Answer(ITurnContext turn, MessageMeaning meaning, double close, bool byClause = false, bool asked = false)
    {
        if (index.Match(meaning.Text, byClause, asked) is not { } match || match.Score < close)
        {
            return false;
        }
        turn.SendRawText(match.Entry.Answer);
        return true;
    }
}
