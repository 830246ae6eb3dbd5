using System.Globalization;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Features.TipOffs.Desk;
using ChatAssistant.Features.TipOffs.Reporting;

namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>"Theo dõi tin báo": where a report stands, and the answer to an officer's open question.</summary>
/// <remarks>
/// Every turn is private (<see cref="IsPrivate"/>): once the flow ends nothing in the database names the resident for
/// it (see FlowTraces). The receipt code is never kept in the dialog's state (it arrives as the turn's text); while an
/// answer is awaited the state holds which report and question, sealed, and the dialog ends as soon as the answer is
/// stored.
/// </remarks>
internal sealed class TipOffFollowUpDialog : WaterfallDialog<FollowUpProgress>
{
    // Ids are stored in residents' conversations: literal, so a rename of the class cannot change them.
    public const string DialogId = "TipOffFollowUpDialog";
    public const string CodePromptId = "TipOffFollowUpDialog.code";
    public const string AnswerPromptId = "TipOffFollowUpDialog.answer";

    /// <summary>Wrong codes in one go before the dialog gives up politely (the hourly limit counts across goes).</summary>
    public const int Chances = 2;

    private readonly TipOffStore _store;
    private readonly ResidentReports _reports;
    private readonly TipOffTimeline _timeline;
    private readonly WrongCodeLimiter _limiter;
    private readonly DraftSeal _seal;
    private readonly EvidenceOutcome _evidence;

    public TipOffFollowUpDialog(TipOffStore store, ResidentReports reports, TipOffTimeline timeline, WrongCodeLimiter limiter, DraftSeal seal, EvidenceOutcome evidence)
        : base(DialogId)
    {
        (_store, _reports, _timeline, _limiter, _seal, _evidence) = (store, reports, timeline, limiter, seal, evidence);
        AddStep(AskAsync);
        AddStep(ShowAsync);
        AddStep(AnswerAsync);
    }

    /// <summary>The code question: passes a code found anywhere in the answer, or the number of one of the resident's reports.</summary>
    public static TextPrompt CodePrompt() => new(CodePromptId, (check, _) =>
    {
        if (ReceiptCodeFinder.FindIn(check.Value) is not null || Pick(check.Value, check.Options.Choices?.Count ?? 0) is not null
            || SaysCodeLost(check.Value))
        {
            return Task.FromResult(true);
        }
        check.RetryText = check.Context.Texts.Get(TipOffFollowUpTexts.CodeRetry);
        return Task.FromResult(false);
    });

    public static TextPrompt AnswerPrompt() => new(AnswerPromptId, (check, _) =>
    {
        if (check.Value.Length <= TipOffDesk.MaxTextLength)
        {
            return Task.FromResult(true);
        }
        check.RetryText = check.Context.Texts.Get(TipOffFollowUpTexts.AnswerRetry);
        return Task.FromResult(false);
    });

    /// <summary>Every turn of a follow-up is private: it is about a report, perhaps an anonymous one.</summary>
    public override bool IsPrivate => true;

    /// <summary>What the menu line (or its keywords) does: a code in the message is looked up at once.</summary>
    public Task OpenAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.BeginDialogAsync(Id, new FollowUpStart { Attempt = 1, ReadMessage = true }, cancellationToken);
    }

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext<FollowUpProgress> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var start = step.Options<FollowUpStart>() ?? new FollowUpStart();
        step.State.Attempt = start.Attempt;
        if (start.ReadMessage && ReceiptCodeFinder.FindIn(turn.Activity.Text) is { } code)
        {
            return step.NextAsync(code, cancellationToken);
        }
        if (start.ReadMessage && SaysCodeLost(turn.Activity.Text))
        {
            turn.SendText(TipOffFollowUpTexts.CodeLost);
            return step.EndDialogAsync(null, cancellationToken);
        }
        var mine = start.Attempt == 1 ? _reports.List(turn.Activity.AccountId, turn.Activity.UserId) : [];
        var options = new PromptOptions { HelpTextKey = TipOffFollowUpTexts.CodeHelp, Sensitive = true, YieldsToNewRequests = true };
        if (mine.Count > 0)
        {
            step.State.Mine = [.. mine.Select(r => r.Id)];
            var lines = mine.Select((report, i) => turn.Texts.Get(TipOffFollowUpTexts.PickLine, Describe(turn, report, i + 1)));
            options.Prompt = OutboundMessage.FromText(turn.Texts.Get(TipOffFollowUpTexts.AskPickOrCode,
                new Dictionary<string, string> { ["list"] = string.Join("\n", lines) }));
            options.Choices = [.. mine.Select((report, i) => new Choice((i + 1).ToString(CultureInfo.InvariantCulture), report.Category))];
        }
        else
        {
            options.Prompt = OutboundMessage.FromText(turn.Texts.Get(start.Attempt == 1 ? TipOffFollowUpTexts.AskCode : TipOffFollowUpTexts.NotFoundTryAgain));
        }
        return step.PromptAsync(CodePromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext<FollowUpProgress> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (step.PromptGaveUp)
        {
            turn.SendText(TipOffFollowUpTexts.GaveUp);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        var answer = step.ResultAs<string>();
        if (SaysCodeLost(answer))
        {
            // Asking for the code again would go nowhere: say why it cannot be given again and what to do instead.
            turn.SendText(TipOffFollowUpTexts.CodeLost);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var mine = step.State.Mine ?? [];
        step.State.Mine = null;
        ResidentReport? report;
        if (ReceiptCodeFinder.FindIn(answer) is { } code)
        {
            if (_limiter.IsBlocked(oaId, userId))
            {
                turn.SendText(TipOffFollowUpTexts.TooManyWrongCodes);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }
            if (_store.FindByReceipt(oaId, code) is not { } found)
            {
                return await WrongCodeAsync(step, oaId, userId, cancellationToken).ConfigureAwait(false);
            }
            report = new ResidentReport(found.Id, found.Category, found.Status, found.Anonymous, found.CreatedAt);
        }
        else
        {
            report = Pick(answer, mine.Count) is { } number ? _reports.Find(oaId, mine[number - 1]) : null;
        }
        if (report is null)
        {
            turn.SendText(TipOffFollowUpTexts.NotFoundGiveUp);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        turn.SendText(TipOffFollowUpTexts.Found, Describe(turn, report, number: 0));
        // What became of the photos and files: one refused after the resident left is said here, or nowhere.
        if (_evidence.Describe(turn.Texts, report.Id) is { } evidenceLine)
        {
            turn.SendRawText(evidenceLine);
        }
        if (_reports.OpenQuestion(report.Id) is not { Body: { } question } openQuestion)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        // The question goes as a message of its own, not as the prompt: a prompt's words are kept in the conversation
        // state, beside the resident's id. The state keeps only which question, sealed.
        turn.SendText(TipOffFollowUpTexts.Question, ("question", question));
        step.State.Awaiting = _seal.Seal(turn, new AwaitedAnswer(report.Id, openQuestion.Id, report.Anonymous));
        return await step.PromptAsync(AnswerPromptId, new PromptOptions { AllowSkip = true, Sensitive = true }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> WrongCodeAsync(WaterfallStepContext<FollowUpProgress> step, string oaId, string userId, CancellationToken cancellationToken)
    {
        if (!_limiter.RecordWrong(oaId, userId))
        {
            step.Context.SendText(TipOffFollowUpTexts.TooManyWrongCodes);
            return step.EndDialogAsync(null, cancellationToken);
        }
        if (step.State.Attempt >= Chances)
        {
            step.Context.SendText(TipOffFollowUpTexts.NotFoundGiveUp);
            return step.EndDialogAsync(null, cancellationToken);
        }
        return step.ReplaceDialogAsync(Id, new FollowUpStart { Attempt = step.State.Attempt + 1 }, cancellationToken);
    }

    private Task<DialogTurnResult> AnswerAsync(WaterfallStepContext<FollowUpProgress> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var awaited = _seal.Open<AwaitedAnswer>(turn, step.State.Awaiting);
        step.State.Awaiting = null;
        if (awaited is null)
        {
            // Nothing to file the answer under; ask the resident to look again rather than guess.
            turn.SendText(TipOffFollowUpTexts.QuestionChanged);
            return step.EndDialogAsync(null, cancellationToken);
        }
        if (step.Result is not string { Length: > 0 } answer)
        {
            turn.SendText(TipOffFollowUpTexts.AnswerLater);
        }
        else if (_reports.OpenQuestion(awaited.ReportId) is not { } open || open.Id != awaited.QuestionId)
        {
            // Answered meanwhile, or the officer asked something else since: this answer is not theirs to file.
            turn.SendText(TipOffFollowUpTexts.QuestionChanged);
        }
        else
        {
            turn.Save((connection, transaction) =>
            {
                if (!_timeline.Answer(connection, transaction, awaited.ReportId, awaited.QuestionId, answer, coarse: awaited.Anonymous))
                {
                    // Answered between the read above and this write: the turn is retried and says so.
                    throw new InvalidOperationException("The question was answered meanwhile.");
                }
            });
            turn.SendText(TipOffFollowUpTexts.Thanks);
        }
        return step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>
    /// "e k nhớ mã, mất r", "lỡ xóa tin nhắn mất mã theo dõi rồi, xin lại được không": the resident has no code to give,
    /// which is an answer to the code question, not a wrong one. A message holding a code is never one.
    /// </summary>
    internal static bool SaysCodeLost(string? text) =>
        !string.IsNullOrWhiteSpace(text) && ReceiptCodeFinder.FindIn(text) is null && Shorthand.Mentions(Shorthand.Normalize(text), LostCodeWords);

    private static readonly string[] LostCodeWords =
    [
        "mat ma", "quen ma", "khong nho ma", "khong con ma", "khong luu ma", "that lac ma", "xin lai ma", "cap lai ma",
        "khong thay ma", "xoa tin nhan", "mat tin nhan",
    ];

    /// <summary>The number of one of <paramref name="count"/> listed reports, when the answer is one.</summary>
    private static int? Pick(string? text, int count) =>
        count > 0 && NumberRecognizer.Recognize(text) is { } number && number >= 1 && number <= count ? number : null;

    private static Dictionary<string, string> Describe(ITurnContext turn, ResidentReport report, int number)
    {
        var texts = turn.Texts;
        var categoryKey = TipOffFollowUpTexts.Category(report.Category);
        return new Dictionary<string, string>
        {
            ["number"] = number.ToString(CultureInfo.InvariantCulture),
            ["category"] = texts.Contains(categoryKey) ? texts.Get(categoryKey) : report.Category,
            ["date"] = VietnamTime.ToLocal(report.SentAt).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["status"] = texts.Get(TipOffResidentTexts.StatusLabel(report.Status)),
            ["explanation"] = texts.Get(TipOffResidentTexts.StatusExplanation(report.Status)),
        };
    }
}
