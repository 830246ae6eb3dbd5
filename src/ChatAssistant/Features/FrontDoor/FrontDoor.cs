using ChatAssistant.Content;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>Welcome, main menu, the router for free text, and the hand-off to an officer.</summary>
/// <remarks>
/// Free text is routed by what the understanding layer makes of it: small talk gets a short polite line, an intent a
/// feature owns goes to that feature, and what is left to the question answerers (procedures, places), as before.
/// </remarks>
public sealed class FrontDoor(
    MainMenu menu,
    HandoffStore handoffs,
    Understander understander,
    IEnumerable<IQuestionAnswerer> answerers,
    IEnumerable<IIntentHandler> intentHandlers,
    IEnumerable<IServiceEventReaction> eventReactions) : IFrontDoor
{
    private readonly IQuestionAnswerer[] _answerers = [.. answerers.OrderBy(a => a.Order)];

    // Side answers, split once: those that judge a message themselves are asked first, whatever the intent guessed.
    private readonly IQuestionAnswerer[] _ownAsides = [.. answerers.OrderBy(a => a.Order).Where(a => a.AnswersAsidesOfItsOwn)];
    private readonly IQuestionAnswerer[] _intentAsides = [.. answerers.OrderBy(a => a.Order).Where(a => !a.AnswersAsidesOfItsOwn)];
    private readonly IIntentHandler[] _intentHandlers = [.. intentHandlers];

    /// <summary>The greeting and the menu, as one message: one bubble reads better than two on a phone.</summary>
    public Task WelcomeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        SendWithMenu(dc.Context, ResidentTexts.Welcome);
        return Task.CompletedTask;
    }

    public Task ShowMenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        SendMenu(dc.Context);
        return Task.CompletedTask;
    }

    private void SendMenu(ITurnContext turn) => turn.Send(OutboundMessage.FromText(menu.Render(turn.Texts)));

    private void SendWithMenu(ITurnContext turn, string textKey) =>
        turn.Send(OutboundMessage.FromText(turn.Texts.Get(textKey) + "\n\n" + menu.Render(turn.Texts)));

    public async Task RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var text = turn.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            // A sticker, a picture or a place with no question open: show what we can do.
            SendWithMenu(turn, ResidentTexts.NotUnderstood);
            return;
        }
        var meaning = understander.Of(turn);
        if (!meaning.HasWords)
        {
            // An emoji or punctuation alone: a nod, a thank-you, a wave, a puzzled "???". Never "not understood".
            if (text.Contains('?', StringComparison.Ordinal))
            {
                SendWithMenu(turn, "help-front-door");
                return;
            }
            turn.SendText(SmallTalk.ForSymbols(text));
            return;
        }
        // The words every flow obeys mean the same here, whatever the classifier makes of them.
        switch (InterruptionRecognizer.Recognize(text))
        {
            // "à thôi mai e bận r, hủy giúp e": with no flow to stop, a cancel that names a day or leans to an appointment
            // is for the appointment (its own dialog asks before it cancels anything).
            case Interruption.Cancel when (meaning.Date is not null || meaning.Guess is { Intent: Intents.CancelAppointment, Confidence: >= SecondChance })
                && await RouteIntentAsync(dc, meaning, Intents.CancelAppointment, cancellationToken).ConfigureAwait(false):
                return;
            case Interruption.Menu or Interruption.Cancel:
                await ShowMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                return;
            case Interruption.Help:
                SendWithMenu(turn, "help-front-door");
                return;
            case Interruption.Officer:
                await HandOffAsync(dc, cancellationToken).ConfigureAwait(false);
                return;
        }
        if (NumberRecognizer.Recognize(text) is { } number && number >= 1 && number <= menu.Entries.Count)
        {
            await menu.Entries[number - 1].Open(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        // Exact commands ("tắt thông báo", "tôi ở tổ 5") mean one thing whatever the classifier guesses.
        if (await AnswerAsync(dc, text, _answerers.Where(a => a.Order < IQuestionAnswerer.AfterIntents), cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        // "đặt thêm gia hạn tạm trú t6 lúc 9h nữa ad": a booking asked for with its day or time is one, whatever the
        // classifier guessed; not one already made ("đặt lịch rồi mà thứ 5 bận") nor a change of one. A question about the
        // procedure beside it ("… có mất phí không, đồng thời tôi xin đặt lịch sáng thứ Sáu") is answered first.
        // So is wanting to come on a day ("e mún đk tạm trú sáng t7 đc k ạ"), unless it asks whether the office works then.
        if (meaning.Intent != Intents.Book && (meaning.Date is not null || meaning.Time is not null)
            && (meaning.Mentions(BookingVerbs) || WantsToComeThen(meaning, VietnamTime.Today(turn.Clock)))
            && !meaning.Mentions(NotANewBooking))
        {
            if (meaning.IsQuestion && meaning.Aspects.Count > 0)
            {
                _ = _intentAsides.Any(answerer => answerer.TryAnswerAside(turn, meaning));
            }
            if (await RouteIntentAsync(dc, meaning, Intents.Book, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        // A menu line's own keyword wins over a guess of another intent; when the guess is the line's, the intent's
        // route runs, since it also reads the rest of the message ("đặt lịch làm căn cước sáng thứ 5").
        var keyword = menu.MatchKeywords(meaning.Normalized) is { } matched && matched.TitleTextKey != OfficerMenuLine ? matched : null;
        // "mất hộ chiếu thì trình báo ở đâu", "tôi có thể trình báo tại trụ sở được không?", "cho em hỏi nếu em báo công an
        // thì họ có biết là em báo không": the report line's word in a question about reporting, which the answerers take first.
        // So is one the classifier is sure asks about a procedure ("cháu ở quê lên ngủ lại 3 đêm, có phải báo công an ko").
        var asksHowToReport = keyword?.Intents?.Contains(Intents.ReportCrime) == true && meaning.IsQuestion
            && (AsksAboutTheProcedure(meaning) || meaning.Text.Contains('?', StringComparison.Ordinal) || meaning.SaysItAsks || meaning.Is(Intents.AskProcedure));
        if (asksHowToReport)
        {
            keyword = null;
        }
        if (AsksAndBooks(meaning, keyword))
        {
            // "cho hỏi tạm trú cần gì rồi đặt lịch luôn": the question first, then the booking with its service filled.
            _ = _intentAsides.Any(answerer => answerer.TryAnswerAside(turn, meaning));
            if (await RouteIntentAsync(dc, meaning, Intents.Book, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        if (keyword is not null && (meaning.Intent is not { } intent || keyword.Intents?.Contains(intent) != true))
        {
            // The line's own intent still reads the rest of the message ("tôi muốn đặt lịch cấp đổi thẻ căn cước do
            // thay đổi họ tên, sáng thứ Tư lúc 8 giờ" is a booking whatever "thay đổi" made the classifier think).
            // Of the line's intents, the one the classifier leant to, however unsure ("… huỷ lịch giúp mình" opens the line
            // of one's appointments at its cancel).
            var own = meaning.Guess is { } leaning && keyword.Intents?.Contains(leaning.Intent) == true ? leaning.Intent : keyword.Intents is [var first, ..] ? first : null;
            if (own is not null && await RouteIntentAsync(dc, meaning, own, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            await keyword.Open(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        // "tôi đã nộp hồ sơ đăng ký thường trú từ tuần trước, hồ sơ đã được giải quyết đến đâu?": the progress of a dossier
        // filed, though the procedure is named and the classifier unsure; the lookup asks for the receipt's code.
        if (meaning.Guess is { Intent: Intents.DossierStatus, Confidence: >= SecondChance } && meaning.Mentions(FiledWords)
            && await RouteIntentAsync(dc, meaning, Intents.DossierStatus, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (meaning.Intent is { } sure && !(sure == Intents.ReportCrime && (asksHowToReport || AsksAboutTheProcedure(meaning)))
            && await RouteIntentAsync(dc, meaning, sure, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (await AnswerAsync(dc, text, _answerers.Where(a => a.Order >= IQuestionAnswerer.AfterIntents), cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        // Nothing answered: the classifier's unsure guess gets a second chance ("có người lạ hay đứng trước cổng trường,
        // dụ dỗ trẻ nhỏ" is a report, however unsure), rather than "not understood".
        if (meaning.Guess is { Confidence: >= SecondChance } unsure && SecondChances.Contains(unsure.Intent)
            && await RouteIntentAsync(dc, meaning, unsure.Intent, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        SendWithMenu(turn, ResidentTexts.NotUnderstood);
    }

    private static async Task<bool> AnswerAsync(DialogContext dc, string text, IEnumerable<IQuestionAnswerer> answerers, CancellationToken cancellationToken)
    {
        foreach (var answerer in answerers)
        {
            if (await answerer.TryAnswerAsync(dc, text, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
        return false;
    }

    public Task<bool> AnswerAsideAsync(DialogContext dc, bool aboutTheServiceOnly, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var meaning = understander.Of(turn);
        if (OffersAnAnswer(meaning))
        {
            return Task.FromResult(false);
        }
        if (aboutTheServiceOnly)
        {
            // In a story, a question marked as one ("xin hỏi ...?") is answered when it is about the service; one without
            // the marks only when it closely asks a question about the service ("báo xong có ai biết tôi báo không"):
            // "nó hỏi tôi có tiền không" is what happened.
            var plain = meaning.Text.Contains('?', StringComparison.Ordinal)
                || meaning.SaysItAsks;
            // "gọi cho phường thì gọi số nào", "chiều nay phường làm đến mấy giờ": a short question the classifier is sure
            // asks after the office is no line of a story either.
            var office = meaning.Guess is { Intent: Intents.OfficeInfo, Confidence: >= SureOfTheOffice }
                && meaning.Normalized.Split(' ').Length <= MaxWordsOfAnOfficeQuestion;
            return Task.FromResult(meaning.IsQuestion && (_ownAsides.Any(answerer => answerer.TryAnswerAside(turn, meaning, closely: !plain))
                || (office && _intentAsides.Any(answerer => answerer.TryAnswerAside(turn, meaning)))));
        }
        if (_ownAsides.Any(answerer => answerer.TryAnswerAside(turn, meaning)))
        {
            return Task.FromResult(true);
        }
        // "mang j theo v ad", "chỗ làm ở đâu vậy?": a question naming an aspect of a procedure is one, whatever the guess;
        // so is one that says it asks ("xin hỏi thêm, … có nhận giấy ngay trong buổi sáng không?").
        var asksAnAspect = meaning.IsQuestion && (meaning.Aspects.Count > 0 || meaning.SaysItAsks);
        if (!asksAnAspect && (meaning.Guess is not { Confidence: >= AsideConfidence } guess || !Asides.Contains(guess.Intent) || !meaning.IsQuestion))
        {
            return Task.FromResult(false);
        }
        return Task.FromResult(_intentAsides.Any(answerer => answerer.TryAnswerAside(turn, meaning)));
    }

    public bool IsNewRequest(DialogContext dc) =>
        understander.Of(dc.Context) is { Guess: { Confidence: >= NewRequestConfidence } guess } meaning
        && NewRequests.Contains(guess.Intent)
        // A code in the message is the lookup's answer, whatever the words around it.
        && !meaning.Text.Any(char.IsAsciiDigit);

    private const float NewRequestConfidence = 0.6f;

    private const float SureOfTheOffice = 0.7f;

    private static readonly string[] BookingVerbs = ["dat lich", "dat them", "dat hen", "dat cho em", "dat cho toi", "dat cho minh", "dat giup"];

    /// <summary>
    /// "e mún đk tạm trú sáng t7 đc k ạ": wanting to do a procedure on a day to come; not a day gone by ("em muốn đăng ký tạm
    /// trú, em chuyển đến từ ngày 20/11"), a story ("muốn làm đơn tố giác, tối qua lúc 10h …") or whether the office works then.
    /// </summary>
    private static bool WantsToComeThen(MessageMeaning meaning, DateOnly today) =>
        meaning.Mentions(WantingToCome) && !meaning.Mentions(OfficeWorking) && !meaning.Mentions(Before)
        && (meaning.Date is null || meaning.Date >= today)
        && meaning.Guess is not { Intent: Intents.ReportCrime or Intents.Emergency, Confidence: >= MessageMeaning.Sure };

    private static readonly string[] Before = ["tu ngay", "tu hom", "hom qua", "toi qua", "dem qua", "tuan truoc", "thang truoc"];

    private static readonly string[] WantingToCome = ["muon dang ky", "muon lam", "muon nop", "muon den lam", "muon len lam", "muon qua lam"];

    private static readonly string[] OfficeWorking = ["co lam", "lam viec", "mo cua", "co nhan", "tiep nhan", "co ai", "nghi"];

    private static readonly string[] NotANewBooking = ["dat lich roi", "da dat", "dat roi", "doi", "huy", "doi lich", "dat lai"];

    private const int MaxWordsOfAnOfficeQuestion = 10;

    public string? CourtesyReply(DialogContext dc)
    {
        if (understander.Of(dc.Context) is not { Guess: { Confidence: >= MessageMeaning.Sure } guess } meaning
            || !Courtesies.Contains(guess.Intent) || meaning.IsQuestion
            // "cảm ơn, thứ 5 nhé": an answer said politely (a yes-or-no question claims its "vâng cảm ơn" itself).
            || meaning.Date is not null || meaning.Time is not null || meaning.PartOfDay is not null || meaning.Text.Any(char.IsAsciiDigit))
        {
            return null;
        }
        // "Chào tạm biệt", "Xin kính chào": taking leave halfway is answered with a farewell, and the flow still waits.
        return guess.Intent == Intents.Bye || (guess.Intent == Intents.Greet && meaning.Mentions(TakingLeave))
            ? RuntimeTexts.FarewellMidFlow
            : RuntimeTexts.CourtesyMidFlow;
    }

    private static readonly HashSet<string> Courtesies = [Intents.Thanks, Intents.Bye, Intents.Greet];

    // Greeting words that, once a conversation is under way, take leave ("Xin kính chào.", "vậy thôi chào nghe").
    private static readonly string[] TakingLeave = ["kinh chao", "tam biet", "chao nghe", "chao nhe"];

    private static readonly HashSet<string> NewRequests =
    [
        Intents.Greet, Intents.Thanks, Intents.Ack, Intents.Bye, Intents.Book, Intents.MyAppointments, Intents.CancelAppointment, Intents.Reschedule,
        Intents.ReportCrime, Intents.Emergency, Intents.AskProcedure, Intents.OfficeInfo, Intents.TalkToOfficer,
    ];

    /// <summary>
    /// "8h30 được không", "thứ 5 dc hông", "số em 0912… được chưa": a short message offering a day, a time or a number
    /// asks whether the answer will do; it is the flow's answer, not a question on the side.
    /// </summary>
    private static bool OffersAnAnswer(MessageMeaning meaning) =>
        meaning.Normalized.Split(' ').Length <= MaxWordsOfAnOffer
        && (meaning.Date is not null || meaning.Time is not null || meaning.PartOfDay is not null || meaning.Text.Any(char.IsAsciiDigit));

    private const int MaxWordsOfAnOffer = 6;

    private const float SecondChance = 0.3f;

    // Words saying a dossier was already filed: "đã nộp", "nộp từ tuần trước", "nộp hôm 23/11".
    private static readonly string[] FiledWords = ["da nop", "nop tu", "nop hom", "nop roi", "nop ho so roi", "da gui ho so", "nop duoc"];

    // Intents whose routes ask before they act (a report is offered, not begun): safe to follow on an unsure guess.
    private static readonly HashSet<string> SecondChances =
        [Intents.ReportCrime, Intents.Emergency, Intents.MyAppointments, Intents.Reschedule, Intents.CancelAppointment, Intents.OfficeInfo, Intents.Thanks,
         Intents.Bye, Intents.Greet, Intents.Ack];

    // A side question must be clearly one: a wrong guess here would take the flow's answer for a question. A message
    // that offers the step's answer never is one (see OffersAnAnswer).
    private const float AsideConfidence = MessageMeaning.Sure;

    private static readonly HashSet<string> Asides = [Intents.AskProcedure, Intents.OfficeInfo];

    /// <summary>The menu line of the hand-off: opened by an explicit request only, never by the word "cán bộ" in a question.</summary>
    internal const string OfficerMenuLine = "menu-officer";

    /// <summary>Silent this long, a resident writing again opens a new conversation.</summary>
    private static readonly TimeSpan OpeningQuiet = TimeSpan.FromHours(1);

    private async Task<bool> RouteIntentAsync(DialogContext dc, MessageMeaning meaning, string intent, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        // "nộp trực tuyến thay vì đến trụ sở được không" names the office but asks how to file: the procedure answers it.
        // (Not the fee or time words: "để tiện liên hệ", "thời gian làm việc" are about the office.)
        if (intent == Intents.OfficeInfo && meaning.Aspects.Any(aspect => aspect is ProcedureAspect.Online or ProcedureAspect.Documents))
        {
            return false;
        }
        // "Kính chào quý cơ quan" opening a conversation greets; closing one it takes leave, as "Trân trọng kính chào" always does.
        if (intent == Intents.Bye && meaning.Guess?.RunnerUp == Intents.Greet && ConversationRunner.OpensConversation(turn, OpeningQuiet)
            && !meaning.Mentions("tam biet", "hen gap lai", "cam on", "nghe", "tran trong"))
        {
            intent = Intents.Greet;
        }
        // "Xin kính chào." after the questions were answered, "chào nghe": taking leave.
        else if (intent == Intents.Greet && !ConversationRunner.OpensConversation(turn, OpeningQuiet) && meaning.Mentions(TakingLeave))
        {
            intent = Intents.Bye;
        }
        switch (intent)
        {
            case Intents.Greet:
                SendWithMenu(turn, ResidentTexts.Welcome);
                return true;
            case Intents.Thanks or Intents.Ack or Intents.Bye:
                turn.SendText(SmallTalk.For(intent));
                return true;
            case Intents.Menu or Intents.Cancel:
                await ShowMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                return true;
            case Intents.Help:
                SendWithMenu(turn, "help-front-door");
                return true;
            case Intents.TalkToOfficer:
                await HandOffAsync(dc, cancellationToken).ConfigureAwait(false);
                return true;
        }
        foreach (var handler in _intentHandlers.Where(h => h.Intents.Contains(intent)))
        {
            if (await handler.HandleAsync(dc, meaning, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
        if (menu.Entries.FirstOrDefault(e => e.Intents?.Contains(intent) == true) is { } entry)
        {
            await entry.Open(dc, cancellationToken).ConfigureAwait(false);
            return true;
        }
        return false;
    }

    /// <remarks>A resident talking to an officer is busy too: a survey must not cut into that conversation.</remarks>
    public Task HandleEventAsync(DialogContext dc, bool residentBusy, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var reaction = eventReactions.FirstOrDefault(r => r.EventName == activity.Name);
        if (reaction is null)
        {
            return Task.CompletedTask;
        }
        var busy = residentBusy || handoffs.FindOpen(activity.AccountId, activity.UserId) is not null;
        return reaction.HandleAsync(dc, activity.Value, busy, cancellationToken);
    }

    public Task HandOffAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        dc.Context.Save((connection, transaction) => handoffs.Open(connection, transaction, activity.AccountId, activity.UserId));
        dc.Context.SendText("handoff-started");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A message while an officer has the conversation. Returns true when the bot should handle it as usual: the
    /// hand-off timed out, or the message asks something the bot can answer (it says an officer will reply too, so the
    /// resident is never left waiting in silence). Otherwise the bot acknowledges it, stays out of a conversation an
    /// officer is having, or ends the hand-off on "menu" / "huỷ".
    /// </summary>
    /// <param name="inFlow">The resident began a flow the bot could answer while waiting: its answers go on to it.</param>
    public bool ContinueHandoff(ITurnContext turn, Handoff handoff, bool inFlow = false)
    {
        if (handoffs.IsExpired(handoff))
        {
            turn.Save((connection, transaction) => handoffs.CloseTimedOut(connection, transaction, handoff.Id));
            turn.SendText("handoff-timeout");
            return true;
        }
        if (InterruptionRecognizer.Recognize(turn.Activity.Text) is Interruption.Menu or Interruption.Cancel)
        {
            turn.Save((connection, transaction) => handoffs.Close(connection, transaction, handoff.Id, "resident"));
            SendWithMenu(turn, "handoff-ended");
            return false;
        }
        // "có ai đọc tin nhắn không": asking after the wait itself, even inside a flow begun meanwhile.
        var aboutTheWait = turn.Activity.Type == ActivityType.Message && understander.Of(turn).Mentions(AboutTheWait);
        if (inFlow && !aboutTheWait)
        {
            return true;
        }
        // An officer who wrote lately is talking with the resident: the bot does not cut in.
        if (handoff.LastOfficerMessageAt is { } last && turn.Clock.GetUtcNow() - last < OfficerTalking)
        {
            return false;
        }
        if (turn.Activity.Type == ActivityType.Message && !aboutTheWait && AnswerableWhileWaiting(understander.Of(turn)))
        {
            turn.SendText("handoff-meanwhile");
            return true;
        }
        turn.SendText("handoff-waiting");
        return false;
    }

    private static readonly TimeSpan OfficerTalking = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A message that asks about a procedure and books it: a sure booking that also names an aspect or says "hỏi", or a
    /// sure question that also says "đặt lịch" (the booking line's own words).
    /// </summary>
    private static bool AsksAndBooks(MessageMeaning meaning, MenuEntry? keyword) =>
        meaning.Intent switch
        {
            Intents.Book => (meaning.IsQuestion && meaning.Aspects.Count > 0) || meaning.Mentions("hoi", "cho hoi", "xin hoi")
                // Leaning to a question too, and asking a part of a procedure: "đặt lịch tạm trú chiều t6 được không" asks
                // only for the booking.
                || (meaning.Guess is { RunnerUp: Intents.AskProcedure, RunnerUpConfidence: >= SecondIntent } && meaning.Aspects.Count > 0),
            Intents.AskProcedure => keyword?.Intents?.Contains(Intents.Book) == true,
            // Unsure between the two ("cho hỏi xác nhận cư trú mất phí không rồi đặt lịch luôn"), or led astray by a long
            // story ("… để bổ sung hồ sơ vay vốn ngân hàng"): both were asked.
            null or Intents.OutOfScope => keyword?.Intents?.Contains(Intents.Book) == true && meaning.IsQuestion && meaning.Aspects.Count > 0,
            _ => false,
        };

    /// <summary>
    /// "mất hộ chiếu thì trình báo ở đâu, trong thời hạn bao lâu": a question about the procedure of reporting, which the
    /// answerers take first; the report is offered only when none of them knows it.
    /// </summary>
    private static bool AsksAboutTheProcedure(MessageMeaning meaning) =>
        meaning.IsQuestion
        && meaning.Aspects.Any(aspect => aspect is ProcedureAspect.Where or ProcedureAspect.TimeLimit or ProcedureAspect.Documents or ProcedureAspect.Fee);

    // A runner-up this likely is a second request in the same message, not noise.
    private const float SecondIntent = 0.25f;

    // Small talk and further requests for a person are for the officer to answer; a question the bot knows is not, nor
    // one asked ("làm ở đâu", "tôi muốn hỏi về giấy phép karaoke") that leans to a procedure or the office.
    // A guess of "not ours" does not stand against the words of a question ("làm ở đâu" just after a procedure).
    private static bool AnswerableWhileWaiting(MessageMeaning meaning) =>
        (meaning.Intent is { } intent && intent != Intents.OutOfScope && AnswerableWhileWaiting(intent))
        || meaning.SaysItAsks
        || (meaning.IsQuestion && (meaning.Aspects.Count > 0 || meaning.Guess is { Intent: Intents.AskProcedure or Intents.OfficeInfo, Confidence: >= SecondChance }));

    // "có ai đọc tin nhắn không", "cán bộ nhận được tin nhắn chưa", "sao lâu vậy": the waiting reply answers them.
    private static readonly string[] AboutTheWait =
        ["co ai", "ai doc", "doc tin nhan", "nhan duoc tin nhan", "lau qua", "lau vay", "lau the", "lau rua", "lau roi", "cho lau", "van dang doi", "van doi", "dang doi"];

    private static bool AnswerableWhileWaiting(string intent) =>
        !Intents.IsSmallTalk(intent) && intent is not (Intents.TalkToOfficer or Intents.Help or Intents.Menu or Intents.Cancel or Intents.OutOfScope);
}
