using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Features.CommonQuestions;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Offices;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.Procedures.Search;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>
/// Free text as a question about procedures or the office: a confident match is answered, close candidates are
/// offered as a numbered list, questions about the office get its card, a bare "thủ tục" the list of fields,
/// and a question about something else a polite redirect.
/// </summary>
public sealed class ProcedureQuestions(
    ProcedureIndex index,
    ProcedureCatalogue catalogue,
    ProcedureTopic topic,
    Understander understander,
    OfficeDirectory directory,
    OfficeAnswers offices,
    CommonQuestionIndex commonQuestions,
    MainMenu menu,
    Synonyms synonyms) : IQuestionAnswerer
{
    private const int MaxCandidates = 4;

    // After the stories that name a kind of report (they offer a report rather than search).
    public int Order => IQuestionAnswerer.AfterIntents + 10;

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        // "phòng xuất nhập cảnh ở đâu": an office named without a procedure; "thẩm định thiết kế phòng cháy chữa cháy nộp
        // ở đâu" names a procedure, whose answer says where.
        var meaning = understander.Of(dc.Context);
        var result = Search(text, meaning);
        if (offices.TrySendNamedOffice(dc.Context, evenIfAProcedureIsNamed: result.Confidence != SearchConfidence.Confident))
        {
            return true;
        }
        // "sáng thứ Bảy có nhận hồ sơ căn cước không": the office's hours that day answer it, not the procedure's sheet.
        if (meaning.Aspects.All(aspect => aspect is ProcedureAspect.Where) && OfficeAnswers.AsksAboutADay(meaning, VietnamTime.Today(dc.Context.Clock)))
        {
            offices.SendOfficesAskedFor(dc.Context);
            if (result.Confidence == SearchConfidence.Confident)
            {
                ProcedureTopic.Remember(dc.Context, result.Hits[0].Procedure.Id);
            }
            return true;
        }
        // "có kết quả rồi thì tui lên lấy lúc mấy giờ": the office's hours, whatever procedure it is.
        if (meaning.IsQuestion && meaning.Mentions(PickUpHours))
        {
            offices.SendUnitOffices(dc.Context);
            return true;
        }
        if (AsksForCivilStatus(meaning))
        {
            dc.Context.SendText(ProcedureTexts.CivilStatus);
            // "làm giấy khai sinh với nhập khẩu cho bé": the police's part of the request is answered too.
            if (result.Confidence == SearchConfidence.Confident)
            {
                await dc.BeginDialogAsync(ProcedureAnswerDialog.DialogId, result.Hits[0].Procedure.Id, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }
        // "làm hộ chiếu ở đâu" asks about a procedure, "công an phường ở đâu" about the office: the words
        // left after the office words decide.
        if (OfficeQuestion.Remainder(text) is { } rest)
        {
            text = rest;
            // What the office words leave is searched alone, unless the whole message named a procedure and the rest,
            // without its little words, names none ("còn hộ chiếu cho bé thì làm ở đâu? Tết này cả nhà định đi Thái Lan").
            var left = index.Search(text, MaxCandidates);
            result = left.Confidence == SearchConfidence.OutOfScope && result.Confidence == SearchConfidence.Confident ? result : left;
            // "sđt phường là gì để mẹ em gọi": the way to reach the office, unless a part of a procedure is asked too
            // ("khai ở đâu, có mất tiền không": the fee of the procedure discussed).
            var reach = OfficeQuestion.AsksHowToReach(dc.Context.Activity.Text) && meaning.Aspects.All(aspect => aspect is ProcedureAspect.Where);
            if ((!LooksLikeAQuestion(rest) || reach) && result.Confidence == SearchConfidence.OutOfScope
                && !(reach && AnswerFollowUp(dc.Context, result)))
            {
                offices.SendUnitOffices(dc.Context);
                return true;
            }
        }
        if (AnswerFollowUp(dc.Context, result))
        {
            return true;
        }
        switch (result.Confidence)
        {
            case SearchConfidence.Confident:
                // "làm căn cước ở phường được không và mấy giờ mở cửa": the office's hours too.
                if (meaning.Mentions(HoursWords))
                {
                    offices.SendUnitOffices(dc.Context);
                }
                var procedure = result.Hits[0].Procedure;
                // "hạn cuối phải sang tên là bao lâu": by when the resident must act, not how long the office takes.
                if (AsksTheDeadline(meaning) && ProcedureFacts.Deadline(procedure) is { } due)
                {
                    dc.Context.SendRawText(ProcedureAnswer.RenderFact(procedure, due, dc.Context.Texts));
                    ProcedureTopic.Remember(dc.Context, procedure.Id);
                    return true;
                }
                // "đổi căn cước thì lệ phí bao nhiêu", "làm tạm trú bao lâu thì xong": the part asked, not the whole sheet.
                // Where, online and the papers get the sheet: their answer is spread over it (the link, the notes). Who must
                // ("em trai 19 tuổi đi làm xa 4 tháng thì có phải khai không") is no line of the sheet: its part answers.
                if (meaning.IsQuestion && meaning.Aspects.Count > 0 && meaning.Aspects.All(aspect => aspect is ProcedureAspect.Fee
                    or ProcedureAspect.TimeLimit or ProcedureAspect.Validity or ProcedureAspect.InPerson
                    || (aspect is ProcedureAspect.Eligibility && meaning.Mentions(ObligedWords))))
                {
                    dc.Context.SendRawText(ProcedureAnswer.RenderAspects(procedure, meaning.Aspects, dc.Context.Activity.AccountId, directory, dc.Context.Texts));
                    ProcedureTopic.Remember(dc.Context, procedure.Id);
                    return true;
                }
                await dc.BeginDialogAsync(ProcedureAnswerDialog.DialogId, procedure.Id, cancellationToken).ConfigureAwait(false);
                return true;
            case SearchConfidence.Candidates when result.Hits.Count > 0:
                var ids = result.Hits.Select(h => h.Procedure.Id).ToList();
                await dc.BeginDialogAsync(ProcedureChoiceDialog.DialogId, new ProcedureChoice(CandidateIds: ids), cancellationToken).ConfigureAwait(false);
                return true;
        }
        if (AsksForTheList(text))
        {
            await dc.BeginDialogAsync(ProcedureChoiceDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (!LooksLikeAQuestion(text))
        {
            return false;
        }
        var turn = dc.Context;
        // A story of a crime the classifier was unsure of is not a procedure question: the front door offers a report.
        // Nor is "số thứ tự mới là bao nhiêu", which it took, unsure, for a look at the appointments ("thứ Sáu này tôi phải
        // đi công tác, đổi qua tuần sau được không" for a move of one), nor "thứ Bảy bên mình mở tới trưa hay cả ngày",
        // unsure, for the office's hours, when no procedure is found.
        if (meaning.Guess is { Intent: Intents.ReportCrime or Intents.MyAppointments or Intents.Reschedule or Intents.CancelAppointment,
                Confidence: >= UnsureReport }
            || (result.Confidence == SearchConfidence.OutOfScope && meaning.Guess is { Intent: Intents.OfficeInfo, Confidence: >= UnsureReport }))
        {
            return false;
        }
        // Nor "trân trọng cảm ơn, tôi sẽ thu xếp đến trong sáng nay", "trân trọng kính chào quý cơ quan": courtesy that asks
        // nothing, which the front door answers in kind.
        if (!meaning.IsQuestion && meaning.Guess is { Confidence: >= UnsureReport } courtesy && Intents.IsSmallTalk(courtesy.Intent))
        {
            return false;
        }
        // "báo tin thì bao lâu mới được giải quyết": no procedure, but a question about the service that a less close match
        // answers better than "no such procedure". Not with a code in it ("à nhầm, cái này mới đúng G01.087-…"): that
        // message gives a code, and asks nothing of the service.
        if (!text.Any(char.IsAsciiDigit)
            && commonQuestions.Match(text, byClause: true) is { Score: >= CommonQuestionIndex.CloseForAQuestionAside } common)
        {
            turn.SendRawText(common.Entry.Answer);
            return true;
        }
        // "chủ trọ không chịu ký thì sao" just after the temporary residence sheet: a question about the procedure discussed
        // that its entry does not answer is said to be so, not taken for a procedure no one handles.
        if (result.Confidence == SearchConfidence.OutOfScope && meaning.IsQuestion && meaning.Is(Intents.AskProcedure)
            && topic.Recall(turn) is { } id && catalogue.Find(id) is { } discussed)
        {
            turn.SendText(ProcedureTexts.TopicUnanswered, ("procedure", discussed.Name));
            ProcedureTopic.Remember(turn, discussed.Id);
            return true;
        }
        turn.Send(OutboundMessage.FromText(turn.Texts.Get(ProcedureTexts.OutOfScope) + "\n\n" + menu.Render(turn.Texts)));
        return true;
    }

    /// <summary>
    /// A question in the middle of a flow: the office's card, the part of a procedure asked about, or a whole procedure the
    /// search is sure of, as messages only; the flow then asks its own question again.
    /// </summary>
    public bool TryAnswerAside(ITurnContext turn, MessageMeaning meaning, bool closely = false)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meaning);
        if (meaning.Is(Intents.OfficeInfo))
        {
            offices.SendOfficesAskedFor(turn);
            return true;
        }
        var result = Search(meaning.Text, meaning);
        if (offices.TrySendNamedOffice(turn, evenIfAProcedureIsNamed: result.Confidence != SearchConfidence.Confident))
        {
            return true;
        }
        var oaId = turn.Activity.AccountId;
        if (AnswerFollowUp(turn, result))
        {
            return true;
        }
        if (ProcedureMention.Find(index, meaning, result) is not { } procedure)
        {
            return false;
        }
        if (meaning.Aspects.Count > 0)
        {
            turn.SendRawText(ProcedureAnswer.RenderAspects(procedure, meaning.Aspects, oaId, directory, turn.Texts));
        }
        else
        {
            foreach (var part in ProcedureAnswer.Render(procedure, oaId, directory, turn.Texts, page: null))
            {
                turn.SendRawText(part);
            }
        }
        ProcedureTopic.Remember(turn, procedure.Id);
        return true;
    }

    /// <summary>
    /// A follow-up about the procedure discussed last (issue 14, point 3), when no other procedure is named: "bao nhiêu
    /// tiền", "mấy ngày thì có", "cần mang gì" get that part of it; a question no aspect names ("bé có phải lấy vân tay
    /// không") gets the sentence of its entry that answers it. False when nothing was discussed lately or nothing fits.
    /// </summary>
    private bool AnswerFollowUp(ITurnContext turn, SearchResult result)
    {
        var meaning = understander.Of(turn);
        if (topic.Recall(turn) is not { } id || catalogue.Find(id) is not { } last)
        {
            return false;
        }
        // "thứ Sáu này tôi đi công tác, đổi qua tuần sau được không": a day to move a booking to, not a question on the entry.
        if (meaning.Date is not null && meaning.Mentions(MoveWords))
        {
            return false;
        }
        // A guess of "not ours" stands, unless the message points back at what was discussed ("giấy xác nhận này có giá
        // trị bao lâu"): then it is a follow-up the classifier had no context for.
        if (meaning.Is(Intents.OutOfScope) && !(meaning.Aspects.Count > 0 && meaning.Mentions("nay", "do", "ay", "thu tuc nay", "giay nay")))
        {
            return false;
        }
        // Another procedure named ("còn làm hộ chiếu thì sao") changes the topic; one the search only guesses from a
        // shared word ("mẹ đi làm hộ được không" is not "hộ chiếu") does not, when the topic's entry answers the question.
        // A part of a procedure asked ("còn sang tên xe thì bao lâu") is about it when two words of its name are there:
        // "mẹ đi làm hộ được không" asks whether someone may come instead, not about "hộ chiếu". So is any question with
        // two words of its name the topic's names lack, in its words or the catalogue's ("còn chiếc xe cũ mua lại thì làm
        // thế nào" after a first registration, "nhà ông cụ còn khẩu súng kíp cũ, muốn mang nộp" after a fire inspection).
        // The entry's sentences are matched in the catalogue's words too: "chủ trọ không chịu ký" is its "đồng ý của chủ nhà";
        // for keeping the topic, only when the search finds the topic as close as what it names ("tìm lại được hộ chiếu cũ
        // thì dùng tiếp được không" after the lost passport): "bạn bè họ đến ngủ lại 2 đêm" after temporary residence is
        // another procedure's words.
        var asked = synonyms.Expand(meaning.Normalized);
        var named = result.Confidence == SearchConfidence.Confident ? result.Hits[0].Procedure : null;
        if (named is not null && named.Id != last.Id
            && (result.Named || !meaning.IsQuestion || (meaning.Aspects.Count > 0
                ? index.SaysPartOfName(named, meaning.Normalized)
                : index.SaysPartOfNameNotIn(named, last, asked)
                    || ProcedureFacts.Answer(last, FindsTheTopicAsClose(result, last) ? asked : meaning.Normalized) is null)))
        {
            return false;
        }
        if (named is not null && named.Id != last.Id)
        {
            named = null;
        }
        // "còn hộ chiếu thì sao": close candidates, none of them the topic, one of them named: the list, not the topic.
        if (result.Confidence == SearchConfidence.Candidates && result.Hits.Count > 0 && result.Hits.All(hit => hit.Procedure.Id != last.Id)
            && result.Hits.Any(hit => index.SaysPartOfName(hit.Procedure, meaning.Normalized)))
        {
            return false;
        }
        string? answer = null;
        if (AsksTheDeadline(meaning) && ProcedureFacts.Deadline(last) is { } due)
        {
            answer = ProcedureAnswer.RenderFact(last, due, turn.Texts);
        }
        // "bao lâu", "mấy ngày" also ask how long something lasts or how early to come, which the entry's own sentence
        // says better than its time limit ("tạm trú được bao lâu thì phải gia hạn": 2 years, not 3 working days).
        else if (named is null && meaning.IsQuestion && meaning.Aspects is [ProcedureAspect.TimeLimit] && !meaning.Mentions(ProcessingWords)
            && ProcedureFacts.StrongAnswer(last, asked) is { } strong && strong != last.TimeLimit?.TrimEnd('.')
            && strong.Any(char.IsAsciiDigit))
        {
            answer = ProcedureAnswer.RenderFact(last, strong, turn.Texts);
        }
        else if (meaning.Aspects.Count > 0 && meaning.Aspects.All(aspect => !ProcedureAnswer.Says(last, aspect))
            && ProcedureFacts.Answer(last, asked) is { } closer)
        {
            // "chủ trọ ở xa, em tự đi làm được không": the entry says nothing of coming in person, but its sentence on
            // the owner's consent answers the question.
            answer = ProcedureAnswer.RenderFact(last, closer, turn.Texts);
        }
        else if (meaning.Aspects.Count > 0)
        {
            answer = ProcedureAnswer.RenderAspects(last, meaning.Aspects, turn.Activity.AccountId, directory, turn.Texts);
        }
        else if (named is null && meaning.IsQuestion && ProcedureFacts.Answer(last, asked) is { } fact)
        {
            answer = ProcedureAnswer.RenderFact(last, fact, turn.Texts);
        }
        if (answer is null)
        {
            return false;
        }
        turn.SendRawText(answer);
        ProcedureTopic.Remember(turn, last.Id);
        return true;
    }

    /// <summary>Whether the search scores the topic as high as the procedure it puts first.</summary>
    private static bool FindsTheTopicAsClose(SearchResult result, Procedure topic) =>
        result.Hits.Any(hit => hit.Procedure.Id == topic.Id && hit.Score >= result.Hits[0].Score);

    /// <summary>
    /// The search of the message as typed, or, when that finds nothing, of its shorthand spelled out: "làm kt3 bt bn ngày là
    /// xong v" weighs "bt", "bn", "v" as words no procedure has; "làm tạm trú bình thường bao nhiêu ngày là xong vậy" does not.
    /// Spelled out, it also wins when only it is sure: "lm tam tru het nhiu tien hk ad" is no "hộ khẩu".
    /// </summary>
    private SearchResult Search(string text, MessageMeaning meaning)
    {
        var result = index.Search(text, MaxCandidates);
        if (result.Confidence != SearchConfidence.Confident && meaning.Normalized != VietnameseText.Fold(text)
            && index.Search(meaning.Normalized, MaxCandidates) is var spelledOut
            && (result.Confidence == SearchConfidence.OutOfScope || spelledOut.Confidence == SearchConfidence.Confident))
        {
            result = spelledOut;
        }
        return result;
    }

    /// <summary>"hạn chót", "phải làm trong bao lâu kể từ ngày mất", "nộp trước khi hết hạn bao nhiêu ngày".</summary>
    private static bool AsksTheDeadline(MessageMeaning meaning) => meaning.IsQuestion && meaning.Mentions(DeadlineWords);

    private static readonly string[] DeadlineWords =
    [
        "han chot", "han cuoi", "cham nhat", "trong vong bao lau", "phai lam trong", "ke tu ngay", "truoc khi het han", "phai bao trong",
        "phai nop trong", "trong thoi han bao lau", "truoc bao nhieu ngay", "truoc may ngay", "nop truoc bao lau",
        // "có hạn mấy ngày phải báo không", "trong bao nhiêu ngày phải sang tên xong".
        "han may ngay", "han bao nhieu ngay", "trong may ngay phai", "trong bao nhieu ngay phai",
    ];

    private const float UnsureReport = 0.3f;

    // Not "chuyển sang": "em chuyển sang nhà mới từ 15/11" moves house, and asks about the procedure.
    private static readonly string[] MoveWords = ["doi qua", "doi sang", "doi lich", "doi ngay", "doi hen", "dat lai", "lui lich", "lui qua"];

    // "thời hạn giải quyết hồ sơ tạm trú là bao lâu": how long the office takes, said in so many words.
    private static readonly string[] ProcessingWords = ["giai quyet", "xu ly", "tra ket qua", "co ket qua", "lay ket qua"];

    // "có phải khai không", "có bắt buộc đăng ký không": whether one must, which who the procedure is for answers.
    private static readonly string[] ObligedWords =
        ["co phai khai", "bat buoc dang ky", "bat buoc phai dang ky", "bat buoc khai", "bat buoc phai khai", "co phai bao", "co can khai",
         "co phai dang ky", "phai khai khong"];

    private static readonly string[] PickUpHours =
        ["lay luc may gio", "lay vao gio nao", "lay may gio", "nhan luc may gio", "nhan vao gio nao", "lay ket qua luc may gio", "lay gio nao",
         "lay vao may gio"];

    private static readonly string[] HoursWords = ["mo cua", "dong cua", "gio lam viec", "may gio lam", "lam viec den", "gio mo cua"];

    /// <summary>
    /// "làm giấy khai sinh cho bé ở đâu", "chứng thực bản sao căn cước ở đâu": a civil-status or land matter, which the
    /// commune's people's committee handles, not the police. Not when the paper is one to bring ("có cần nộp giấy đăng
    /// ký kết hôn không"): that asks about a police procedure's documents.
    /// </summary>
    private static bool AsksForCivilStatus(MessageMeaning meaning) =>
        meaning.Mentions(CivilStatusPhrases) && !meaning.Mentions("nop giay", "nop ban", "phai nop", "can nop", "mang theo", "chung minh", "co can", "can co", "phai co", "ho so gom");

    private static readonly string[] CivilStatusPhrases =
    [
        "lam giay khai sinh", "lam khai sinh", "dang ky khai sinh", "cap giay khai sinh", "khai sinh cho", "trich luc", "chung thuc",
        "dang ky ket hon", "lam giay ket hon", "dang ky khai tu", "lam so do", "sang ten so do", "cap so do", "ly hon", "nhan con nuoi",
        "xac nhan tinh trang hon nhan", "giay xac nhan doc than",
    ];

    /// <summary>"thủ tục", "hỏi thủ tục hành chính": no procedure named, so the fields are listed to browse.</summary>
    /// <remarks>Asked after the search, so "thủ tục cấp hộ chiếu" is answered rather than browsed.</remarks>
    private static bool AsksForTheList(string text)
    {
        var words = VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Contains("thu tuc", StringComparison.Ordinal)
            && words.All(word => BrowseWords.Contains(word));
    }

    private static readonly HashSet<string> BrowseWords = new(
        ["thu", "tuc", "hanh", "chinh", "hoi", "cac", "danh", "sach", "xem", "nhung", "gi", "cho", "em", "toi", "minh", "muon", "a", "ad", "oi", "ve", "linh", "vuc"],
        StringComparer.Ordinal);

    // "ok", "?", "vâng": nothing was asked, so "not understood" fits better than "we do not handle that".
    private static bool LooksLikeAQuestion(string text) =>
        VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 2;
}
