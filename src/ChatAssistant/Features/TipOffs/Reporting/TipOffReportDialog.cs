using System.Globalization;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Understanding;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// A tip-off in chat: category → what happened (several messages, photos welcome) → when → where → evidence →
/// anonymous or with contact → summary and confirm → the receipt code, shown once. Everything the resident writes is
/// sealed in the state until the report is stored; once the flow ends nothing in the database names the resident for
/// it (see FlowTraces), and an anonymous report stores no resident either.
/// </summary>
public sealed class TipOffReportDialog : WaterfallDialog<TipOffReportDialog.Progress>
{
    public const string DialogId = "tipoff";
    private const string CategoryPrompt = DialogId + ".category";
    private const string StoryPrompt = DialogId + ".story";
    private const string WhenPrompt = DialogId + ".when";
    private const string WherePrompt = DialogId + ".where";
    private const string EvidencePrompt = DialogId + ".evidence";
    private const string AnonymousPrompt = DialogId + ".anonymous";
    private const string NamePrompt = DialogId + ".name";
    private const string PhonePrompt = DialogId + ".phone";
    private const string Anonymous = "anonymous";
    private const string Named = "named";
    private const string ConfirmPrompt = DialogId + ".confirm";

    private const int SummaryStoryLength = 300;

    // Attempts at the questions after the story: what the resident wrote is never discarded because an answer was not
    // understood; the flow's idle timeout ends it instead.
    private const int Patience = 1000;

    private readonly TipOffStore _store;
    private readonly DraftSeal _seal;
    private readonly TipOffRateLimit _rateLimit;
    private readonly IEnumerable<ITipOffSubmitted> _submitted;
    private readonly TipOffOptions _options;

    public TipOffReportDialog(
        TipOffStore store, DraftSeal seal, TipOffRateLimit rateLimit, IEnumerable<ITipOffSubmitted> submitted, IOptions<TipOffOptions> options)
        : base(DialogId)
    {
        (_store, _seal, _rateLimit, _submitted, _options) = (store, seal, rateLimit, submitted, options.Value);
        AddStep(StartAsync);
        AddStep(AskStoryAsync);
        AddStep(AskWhenAsync);
        AddStep(AskWhereAsync);
        AddStep(AskEvidenceAsync);
        AddStep(AskAnonymousAsync);
        AddStep(AskNameAsync);
        AddStep(AskPhoneAsync);
        AddStep(ConfirmAsync);
        AddStep(SubmitAsync);
    }

    public override bool IsPrivate => true;

    /// <summary>Cancelled, the report was not sent and its draft is gone: said so, for a resident who may fear otherwise.</summary>
    public override string? CancelledTextKey(DialogContext dc, DialogInstance instance) => TipOffTexts.NotSent;

    public const int PromptCount = 9;

    /// <summary>The prompts, registered beside the dialog.</summary>
    public static IReadOnlyList<Dialog> Prompts(DraftSeal seal, IOptions<TipOffOptions> options, IOptions<EvidenceOptions> evidence) =>
    [
        // A kind named anywhere in a sentence, or a story told instead of a kind: the story is kept, its kind left to
        // the officers ("other"), rather than three "nhắn số từ 1 đến 9" and a lost report.
        new ChoicePrompt(CategoryPrompt, interpret: text => CategoryNamedIn(text)?.Code ?? (IsStory(text) ? OtherCategory : null)),
        new ReportPrompt(StoryPrompt, ReportPrompt.Mode.Story, seal, options, evidence),
        new TextPrompt(WhenPrompt),
        new LocationPrompt(WherePrompt),
        new ReportPrompt(EvidencePrompt, ReportPrompt.Mode.Evidence, seal, options, evidence),
        // A phone number given instead of a choice ("Tôi xin để lại thông tin: Hoàng Minh Đức, số điện thoại 0912 000 345")
        // chooses to be named.
        new ChoicePrompt(AnonymousPrompt, interpret: text => TipOffAnonymity.Of(Shorthand.Normalize(text)) switch
        {
            true => Anonymous,
            false => Named,
            null => PhoneRecognizer.Normalize(text) is not null ? Named : null,
        }),
        new TextPrompt(NamePrompt, (check, _) => Task.FromResult(check.Value.Length is >= 2 and <= 100)),
        new PhonePrompt(PhonePrompt),
        new ConfirmPrompt(ConfirmPrompt),
    ];

    private Task<DialogTurnResult> StartAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (!_rateLimit.CanReport(turn.Activity.AccountId, turn.Activity.UserId))
        {
            turn.SendText(TipOffTexts.TooMany, ("max", _rateLimit.MaxPerHour.ToString(CultureInfo.InvariantCulture)));
            return step.EndDialogAsync(null, cancellationToken);
        }
        turn.SendText(TipOffTexts.Intro);
        var start = step.Options<TipOffStart>();
        if (start?.SealedFirstPart is { } first)
        {
            // The story told before the resident agreed to report it: the report's first part.
            Keep(step, new TipOffDraft { Story = [_seal.Open<string>(turn, first) ?? ""] });
        }
        // "báo tin đánh bạc ở ngõ 5" already says which kind: no need to ask.
        if (TipOffCategories.Find(start?.Category) is { } given)
        {
            return step.NextAsync(given.Code, cancellationToken);
        }
        if (CategoryNamedIn(turn.Activity.Text) is { } named)
        {
            return step.NextAsync(named.Code, cancellationToken);
        }
        if (start?.SealedFirstPart is { } story && CategoryNamedIn(_seal.Open<string>(turn, story)) is { } told)
        {
            return step.NextAsync(told.Code, cancellationToken);
        }
        return step.PromptAsync(CategoryPrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(turn.Texts.Get(TipOffTexts.AskCategory)),
            RetryPrompt = OutboundMessage.FromText(turn.Texts.Get(TipOffTexts.CategoryRetry)),
            Choices = [.. TipOffCategories.All.Select(c => new Choice(c.Code, turn.Texts.Get(c.TextKey), c.Words))],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskStoryAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return GiveUpAsync(step, cancellationToken);
        }
        var told = Draft(step).Story;
        if (step.Result is FoundChoice && IsStory(step.Context.Activity.Text))
        {
            // The story told where the kind was asked: its first part (or its next, after the one kept at the offer).
            told.Add(step.Context.Activity.Text!.Trim());
        }
        var draft = new TipOffDraft { Category = step.Result as string ?? step.ResultAs<FoundChoice>().Value };
        Keep(step, draft);
        var asked = step.PromptAsync(StoryPrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(told.Count > 0 ? TipOffTexts.AskStoryMore : TipOffTexts.AskStory)),
            MaxItems = _options.MaxEvidenceFiles,
            MaxAttempts = 10,
            HelpTextKey = TipOffTexts.StoryHelp,
        }, cancellationToken);
        if (told.Count > 0)
        {
            ReportPrompt.Begin(step.Context, step.Dialogs.ActiveDialog!, _seal, new ReportParts { Story = told, ToldBefore = told.Count });
        }
        return asked;
    }

    private Task<DialogTurnResult> AskWhenAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return GiveUpAsync(step, cancellationToken);
        }
        var parts = step.ResultAs<ReportParts>();
        var draft = Draft(step);
        draft.Story = parts.Story;
        draft.Media = parts.Media;
        if (parts.Location is { } point)
        {
            draft.Place = Describe(point.Latitude, point.Longitude, point.Address);
        }
        Keep(step, draft);
        if (parts.When is { } said)
        {
            // Said right after the story, as if asked.
            return step.NextAsync(said, cancellationToken);
        }
        return step.PromptAsync(WhenPrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(TipOffTexts.AskWhen)),
            AllowSkip = true,
            Sensitive = true,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskWhereAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string words && !IsUnknown(words))
        {
            draft.WhenWords = words.Length > 200 ? words[..200] : words;
            draft.OccurredAt = OccurredTime.Read(words, step.Context.Clock);
            draft.OccurredAtFromClock = OccurredTime.SaysNow(words);
        }
        Keep(step, draft);
        if (draft.Place is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }
        return step.PromptAsync(WherePrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(TipOffTexts.AskWhere)),
            AllowSkip = true,
            Sensitive = true,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskEvidenceAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is LocationAnswer answer)
        {
            draft.Place = answer.Point is { } point
                ? Describe(point.Latitude, point.Longitude, answer.Address)
                : Clip(answer.Address, 300);
            Keep(step, draft);
        }
        var room = _options.MaxEvidenceFiles - draft.Media.Count;
        if (room <= 0)
        {
            return step.NextAsync(null, cancellationToken);
        }
        var texts = step.Context.Texts;
        return step.PromptAsync(EvidencePrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(draft.Media.Count == 0
                ? texts.Get(TipOffTexts.AskEvidence)
                : texts.Get(TipOffTexts.AskEvidenceMore, ("count", draft.Media.Count.ToString(CultureInfo.InvariantCulture)))),
            // No AllowSkip: "không có" after two photos must end the step with them, which only ReportPrompt knows.
            MaxItems = room,
            MaxAttempts = Patience,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskAnonymousAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var texts = step.Context.Texts;
        if (step.Result is ReportParts parts)
        {
            draft.Media.AddRange(parts.Media);
            Keep(step, draft);
            if (parts.Anonymous is { } anonymous)
            {
                // Answered ahead at the evidence step.
                return step.NextAsync(anonymous
                    ? new FoundChoice(0, Anonymous, texts.Get(TipOffTexts.AnonymousYes))
                    : new FoundChoice(1, Named, texts.Get(TipOffTexts.AnonymousNo)), cancellationToken);
            }
        }
        return step.PromptAsync(AnonymousPrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(texts.Get(TipOffTexts.AskAnonymous)),
            MaxAttempts = Patience,
            Choices =
            [
                new Choice(Anonymous, texts.Get(TipOffTexts.AnonymousYes), ["an danh", "giau ten", "khong de lai ten", "khong"]),
                new Choice(Named, texts.Get(TipOffTexts.AnonymousNo), ["de lai ten", "de lai so dien thoai", "lien he", "co"]),
            ],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskNameAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return GiveUpAsync(step, cancellationToken);
        }
        var draft = Draft(step);
        draft.Anonymous = step.ResultAs<FoundChoice>().Value == Anonymous;
        Keep(step, draft);
        if (draft.Anonymous == true)
        {
            return step.NextAsync(null, cancellationToken);
        }
        // "không ẩn danh, tên tôi là Vũ Thị Hoa", "để tên em nha, Phạm Thu Trang": the name came with the choice.
        if (NameGivenWith(step.Context.Activity.Text) is { } name)
        {
            return step.NextAsync(name, cancellationToken);
        }
        return step.PromptAsync(NamePrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(TipOffTexts.AskName)),
            Sensitive = true,
            MaxAttempts = Patience,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return GiveUpAsync(step, cancellationToken);
        }
        var draft = Draft(step);
        if (draft.Anonymous == true)
        {
            return step.NextAsync(null, cancellationToken);
        }
        var answer = step.ResultAs<string>();
        if (TipOffAnonymity.Of(Shorthand.Normalize(answer)) == true)
        {
            // "Ờ mà thôi, em gửi ẩn danh cho chắc ăn" where the name is asked: a change of mind, not a name.
            draft.Anonymous = true;
            Keep(step, draft);
            return step.NextAsync(null, cancellationToken);
        }
        draft.Name = answer;
        // "Trần Thị Mai 0934 567 890": a name and a phone in one message, so the phone is not asked again.
        if (PhoneRecognizer.Normalize(answer) is { } phone && NameBefore(answer) is { } name)
        {
            draft.Name = name;
            Keep(step, draft);
            return step.NextAsync(phone, cancellationToken);
        }
        Keep(step, draft);
        return step.PromptAsync(PhonePrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(TipOffTexts.AskPhone)),
            Sensitive = true,
            MaxAttempts = Patience,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return GiveUpAsync(step, cancellationToken);
        }
        var draft = Draft(step);
        if (draft.Anonymous != true)
        {
            // The prompt gives 84…, the form Zalo's APIs want; officers dial 0….
            var phone = step.ResultAs<string>();
            draft.Phone = phone.StartsWith("84", StringComparison.Ordinal) ? "0" + phone[2..] : phone;
            Keep(step, draft);
        }
        var texts = step.Context.Texts;
        var unknown = texts.Get(TipOffTexts.SummaryUnknown);
        var story = string.Join(" ", draft.Story);
        step.Context.SendText(TipOffTexts.Summary,
            ("category", texts.Get(TipOffCategories.Find(draft.Category)?.TextKey ?? TipOffCategories.All[^1].TextKey)),
            ("story", story.Length > SummaryStoryLength ? story[..SummaryStoryLength] + "…" : story),
            ("when", draft.WhenWords ?? unknown),
            ("where", draft.Place ?? unknown),
            ("evidence", draft.Media.Count == 0
                ? texts.Get(TipOffTexts.SummaryNoEvidence)
                : texts.Get(TipOffTexts.SummaryEvidence, ("count", draft.Media.Count.ToString(CultureInfo.InvariantCulture)))),
            ("reporter", draft.Anonymous == true ? texts.Get(TipOffTexts.SummaryAnonymous) : $"{draft.Name}, {(draft.Phone is { } number ? PhoneRecognizer.Readable(number) : "")}"));
        return step.PromptAsync(ConfirmPrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(texts.Get(TipOffTexts.AskConfirm)),
            // Never thrown away for want of a clear yes (issue 14): asked again, kept until the flow's idle timeout.
            RetryPrompt = OutboundMessage.FromText(texts.Get(TipOffTexts.ConfirmRetry)),
            MaxAttempts = Patience,
            Choices =
            [
                new Choice(Conversation.Prompts.ConfirmPrompt.Yes, "gửi", ["gui", "gui di", "gui luon", "gui luon di", "gui nhe", "gui ngay", "co gui", "ok gui", "bao di"]),
                new Choice(Conversation.Prompts.ConfirmPrompt.No, "không gửi", ["khong gui", "dung gui", "chua gui", "thoi khong gui", "khoi gui"]),
            ],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> SubmitAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (step.PromptGaveUp || !step.ResultAs<bool>())
        {
            turn.SendText(step.PromptGaveUp ? TipOffTexts.GaveUp : TipOffTexts.NotSent);
            return step.EndDialogAsync(null, cancellationToken);
        }
        var draft = Draft(step);
        var anonymous = draft.Anonymous == true;
        // Counted, not refused: the limit was checked before the resident began, and what they wrote is not thrown away.
        _rateLimit.TryCount(turn.Activity.AccountId, turn.Activity.UserId);
        var prepared = _store.Prepare(new NewTipOff(
            turn.Activity.AccountId,
            draft.Category ?? TipOffCategories.All[^1].Code,
            ReportText(draft),
            anonymous,
            anonymous ? null : turn.Activity.UserId,
            anonymous ? null : $"{draft.Name} – {draft.Phone}",
            draft.OccurredAt,
            draft.Place) { Evidence = draft.Media, OccurredAtFromClock = draft.OccurredAtFromClock });
        turn.Save((connection, transaction) => prepared.Write(connection, transaction));
        foreach (var listener in _submitted)
        {
            turn.AfterCommit(listener.Submitted);
        }
        // The code is shown once and kept nowhere else in clear: its message waits out an outage of Zalo for as long
        // as Zalo would still deliver it, rather than the day after which other replies are given up.
        turn.KeepRepliesUntilWindowCloses();
        turn.SendText(TipOffTexts.Sent);
        turn.SendRawText(prepared.Receipt);
        turn.SendText(anonymous ? TipOffTexts.SentNextAnonymous : TipOffTexts.SentNextNamed);
        return step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext<Progress> step, CancellationToken cancellationToken)
    {
        step.Context.SendText(TipOffTexts.GaveUp);
        return step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The report's text for officers: the story as sent, then when in the resident's own words.</summary>
    private static string ReportText(TipOffDraft draft) =>
        draft.WhenWords is null
            ? string.Join("\n", draft.Story)
            : string.Join("\n", draft.Story) + "\n\n[Thời gian theo lời người báo] " + draft.WhenWords;

    /// <summary>The one category whose words the text uses ("báo tin đánh bạc ở ngõ 5"); null for none or several.</summary>
    private const string OtherCategory = "other";

    // A sentence this long at the kind's question tells what happened rather than naming a kind.
    private const int MinWordsOfAStory = 6;

    // Not "hướng dẫn cách trả lời đi" or "thôi để hôm khác tôi báo sau": asking for help or stopping is no story; nor is
    // asking after the office ("chiều nay phường làm đến mấy giờ"), answered on the side.
    private static bool IsStory(string? text) =>
        !string.IsNullOrWhiteSpace(text) && VietnameseText.Fold(text).Split(' ').Length >= MinWordsOfAStory
        && InterruptionRecognizer.Recognize(text) == Interruption.None && !AsksAfterTheOffice(text);

    private static bool AsksAfterTheOffice(string text)
    {
        var normalized = Shorthand.Normalize(text);
        return MessageMeaning.Asks(text, normalized) && OfficeQuestion.IsAbout(normalized);
    }

    // "thì báo lúc nào", "báo lúc mấy giờ": folded, "báo lúc" is "bạo lực".
    private static string WhenToReport(string padded) =>
        padded.Replace(" bao luc nao ", " bao khi nao ", StringComparison.Ordinal).Replace(" bao luc may ", " bao khi may ", StringComparison.Ordinal);

    internal static TipOffCategory? CategoryNamedIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // As typed, and with shorthand and slips mended ("báo tin vêf ma tuys").
        var folded = WhenToReport(" " + VietnameseText.Fold(text) + " ");
        var mended = WhenToReport(" " + Shorthand.Normalize(text) + " ");
        var named = TipOffCategories.All
            .Where(c => c.Code != "other" && c.Words.Any(w => w.Length > 3
                && (folded.Contains(" " + w + " ", StringComparison.Ordinal) || mended.Contains(" " + w + " ", StringComparison.Ordinal))))
            .ToList();
        // "tối nào cũng tụ tập đánh bài ăn tiền, ồn ào lắm": the noise comes with the gambling, which is what is reported.
        if (named.Count == 2 && named.Count(c => c.Code == "disorder") == 1)
        {
            named.RemoveAll(c => c.Code == "disorder");
        }
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The name written before a phone number ("Trần Thị Mai, sđt 0934…"); null when too short to be one.</summary>
    private static string? NameBefore(string answer)
    {
        var digit = answer.IndexOfAny(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '(']);
        var name = (digit < 0 ? answer : answer[..digit]).Trim(' ', ',', '.', '-', ':', ';');
        foreach (var label in PhoneLabels)
        {
            if (VietnameseText.Fold(name).EndsWith(" " + label, StringComparison.Ordinal))
            {
                name = name[..^label.Length].Trim(' ', ',', '.', '-', ':', ';');
            }
        }
        return name.Length is >= 2 and <= 100 ? name : null;
    }

    private static readonly string[] PhoneLabels = ["so dien thoai", "so dt", "sdt", "dt", "so"];

    // What comes before a name given with the choice of being named.
    private static readonly string[] NameLabels = ["ten toi la", "ten em la", "ten minh la", "ten chau la", "ten con la", "ten la", "toi ten la", "toi ten", "em ten"];

    /// <summary>
    /// A name said with the answer to "ẩn danh hay để lại tên": after "tên tôi là", or two to five words each written with
    /// a capital closing a clause after the choice itself ("để tên em nha, Ngô Đức Anh", "tôi xin để lại họ tên Nguyễn Văn
    /// Phúc"). A phone number after it ("…, số 0904 226 118") comes back with the name, for the phone step to take.
    /// Null when there is no name, and the name is asked.
    /// </summary>
    internal static string? NameGivenWith(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var digit = text.IndexOfAny(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+']);
        var phone = digit < 0 ? null : PhoneRecognizer.Normalize(text[digit..]);
        if (digit >= 0 && phone is null)
        {
            return null;
        }
        var words = digit < 0 ? text : text[..digit];
        var clauses = words.Split([',', '.', ';', ':', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(clause => !PhoneLabels.Contains(VietnameseText.Fold(clause)))
            .ToArray();
        var name = LabelledName(clauses) ?? CapitalizedEnd(clauses.LastOrDefault(), afterLabelOnly: clauses.Length == 1 && phone is null);
        return name is null ? null : phone is null ? name : name + " " + text[digit..].Trim();
    }

    /// <summary>The words after "tên tôi là" opening a clause.</summary>
    private static string? LabelledName(string[] clauses)
    {
        foreach (var clause in clauses)
        {
            var folded = VietnameseText.Fold(clause);
            if (NameLabels.FirstOrDefault(label => folded.StartsWith(label + " ", StringComparison.Ordinal)) is { } label)
            {
                var name = string.Join(' ', clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(label.Split(' ').Length));
                return name.Length is >= 2 and <= 100 ? name : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The two to five capitalized words a clause ends with ("tôi xin để lại họ tên Nguyễn Văn Phúc"), or null. With
    /// <paramref name="afterLabelOnly"/> (the choice and the name in one clause), only after "tên" or "là".
    /// </summary>
    private static string? CapitalizedEnd(string? clause, bool afterLabelOnly)
    {
        var words = clause?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var run = words.Reverse().TakeWhile(w => char.IsUpper(w[0])).Count();
        if (run is < 2 or > 5)
        {
            return null;
        }
        var before = run < words.Length ? VietnameseText.Fold(words[^(run + 1)]) : null;
        if (afterLabelOnly && before is not ("ten" or "la"))
        {
            return null;
        }
        // The clause's own first word is capitalized as a sentence's: it is a name only when the whole clause is one.
        return before is not null || words.Length <= 5 ? string.Join(' ', words[^run..]) : null;
    }

    private static bool IsUnknown(string words) =>
        VietnameseText.Fold(words).Trim() is "khong ro" or "khong biet" or "khong nho" or "ko ro" or "ko biet" or "k ro" or "chua ro";

    private static string Describe(double latitude, double longitude, string? address) =>
        FormattableString.Invariant($"{latitude:0.000000}, {longitude:0.000000}") + (address is null ? "" : $" ({Clip(address, 300)})");

    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private TipOffDraft Draft(WaterfallStepContext<Progress> step) => _seal.Open<TipOffDraft>(step.Context, step.State.Draft) ?? new TipOffDraft();

    private void Keep(WaterfallStepContext<Progress> step, TipOffDraft draft) => step.State.Draft = _seal.Seal(step.Context, draft);

    /// <summary>Where the flow stands: the sealed draft.</summary>
    public sealed class Progress
    {
        public byte[]? Draft { get; set; }
    }
}
