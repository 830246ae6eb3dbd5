using System.Globalization;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Dossiers;

/// <summary>
/// "Tra cứu hồ sơ": answers at once when the message holds a code, otherwise asks for the code on the receipt. When the
/// office's list gave a phone number with the dossier, the last 4 digits of it are asked first; wrong digits show
/// nothing, count as lookups, and end the lookup after <see cref="DossierOptions.MaxPhoneAttempts"/>. A resident past
/// <see cref="DossierOptions.MaxLookupsPerResident"/> lookups in the period is told when to come back.
/// </summary>
internal sealed class DossierLookupDialog : WaterfallDialog<DossierLookupDialog.Lookup>
{
    // Ids are stored in residents' conversations: literal, so a rename of the class cannot change them.
    public const string DialogId = "DossierLookupDialog";
    public const string CodePromptId = "DossierLookupDialog.TextPrompt";
    public const string PhonePromptId = "dossier.phone";

    private readonly DossierAnswer _answer;
    private readonly DossierLookupLimit _limit;
    private readonly DossierPhoneCheck _phones;
    private readonly IOptions<DossierOptions> _options;

    public DossierLookupDialog(DossierAnswer answer, DossierLookupLimit limit, DossierPhoneCheck phones, IOptions<DossierOptions> options)
        : base(DialogId)
    {
        (_answer, _limit, _phones, _options) = (answer, limit, phones, options);
        AddStep(AskCodeAsync);
        AddStep(LookUpAsync);
        AddStep(CheckPhoneAsync);
    }

    /// <summary>The prompt for the code: any answer with something shaped like a code passes; the lookup decides the rest.</summary>
    public static TextPrompt CodePrompt() => new(CodePromptId, (check, _) =>
    {
        if (DossierCode.FindIn(check.Value) is not null || SaysReceiptLost(check.Value))
        {
            return Task.FromResult(true);
        }
        check.RetryText = check.Context.Texts.Get(DossierTexts.CodeRetry);
        return Task.FromResult(false);
    });

    /// <summary>
    /// "e làm mất giấy đó r", "giấy biên nhận thất lạc rồi": the resident has no code to give, which answers the question;
    /// asking again would go nowhere. A message holding a code is never one.
    /// </summary>
    internal static bool SaysReceiptLost(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DossierCode.FindIn(text) is null && Shorthand.Mentions(Shorthand.Normalize(text), LostReceiptWords);

    private static readonly string[] LostReceiptWords =
        ["mat giay", "lam mat giay", "mat bien nhan", "that lac giay", "khong con giay", "mat ma ho so", "quen ma ho so", "khong nho ma ho so"];

    /// <summary>Leaving loses nothing the resident gave: a lookup is simply asked again.</summary>
    public override bool HoldsData(DialogContext dc, DialogInstance instance) => false;

    /// <summary>What the menu line (or its keywords) does: a code in the message is looked up at once.</summary>
    public Task OpenAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Context;
        // Told before being asked for a code they could not use.
        if (_limit.BlockedUntil(turn.Activity.AccountId, turn.Activity.UserId) is { } until)
        {
            SendWait(turn, until);
            return Task.CompletedTask;
        }
        var code = turn.Activity.Text is { } text ? DossierCode.FindIn(text) : null;
        return dc.BeginDialogAsync(Id, new LookupStart { Code = code }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskCodeAsync(WaterfallStepContext<Lookup> step, CancellationToken cancellationToken)
    {
        var start = step.Options<LookupStart>() ?? new LookupStart();
        if (start.WrongAnswers > 0)
        {
            // Asked again after wrong digits: the dossier is known, the question is the phone's.
            (step.State.Code, step.State.WrongAnswers) = (start.Code, start.WrongAnswers);
            return step.NextAsync(null, cancellationToken);
        }
        if (start.Code is { } code)
        {
            return step.NextAsync(code, cancellationToken);
        }
        return step.PromptAsync(CodePromptId, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(DossierTexts.AskCode)),
            HelpTextKey = DossierTexts.CodeHelp,
            YieldsToNewRequests = true,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> LookUpAsync(WaterfallStepContext<Lookup> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (step.State.WrongAnswers > 0)
        {
            return AskPhoneAsync(step, cancellationToken);
        }
        if (step.PromptGaveUp)
        {
            turn.SendText(DossierTexts.GaveUp);
            return step.EndDialogAsync(null, cancellationToken);
        }
        if (SaysReceiptLost(step.ResultAs<string>()))
        {
            turn.SendText(DossierTexts.ReceiptLost);
            return step.EndDialogAsync(null, cancellationToken);
        }
        var code = DossierCode.FindIn(step.ResultAs<string>())!;
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        if (_limit.BlockedUntil(oaId, userId) is { } until)
        {
            SendWait(turn, until);
            return step.EndDialogAsync(null, cancellationToken);
        }
        _limit.Count(oaId, userId);
        var dossier = _answer.Find(turn, code);
        if (dossier is null)
        {
            DossierAnswer.SendNotFound(turn, code);
            return step.EndDialogAsync(null, cancellationToken);
        }
        if (dossier.PhoneTag is null)
        {
            _answer.Send(turn, dossier);
            return step.EndDialogAsync(null, cancellationToken);
        }
        step.State.Code = dossier.Code;
        return AskPhoneAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext<Lookup> step, CancellationToken cancellationToken)
    {
        var texts = step.Context.Texts;
        var question = texts.Get(DossierTexts.AskPhone, new Dictionary<string, string> { ["code"] = step.State.Code! });
        return step.PromptAsync(PhonePromptId, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.State.WrongAnswers > 0 ? $"{texts.Get(DossierTexts.PhoneWrong)}\n{question}" : question),
            HelpTextKey = DossierTexts.PhoneHelp,
            Sensitive = true,
            YieldsToNewRequests = true,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> CheckPhoneAsync(WaterfallStepContext<Lookup> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (step.PromptGaveUp)
        {
            turn.SendText(DossierTexts.PhoneGaveUp);
            return step.EndDialogAsync(null, cancellationToken);
        }
        var code = step.State.Code!;
        // Read again: a list imported meanwhile may have changed the dossier or its number.
        var dossier = _answer.Find(turn, code);
        if (dossier is null)
        {
            DossierAnswer.SendNotFound(turn, code);
            return step.EndDialogAsync(null, cancellationToken);
        }
        if (dossier.PhoneTag is null || _phones.Matches(dossier, step.ResultAs<string>()))
        {
            _answer.Send(turn, dossier);
            return step.EndDialogAsync(null, cancellationToken);
        }
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        if (_limit.Count(oaId, userId) is { } until)
        {
            turn.SendText(DossierTexts.PhoneWrong);
            SendWait(turn, until);
            return step.EndDialogAsync(null, cancellationToken);
        }
        var wrong = step.State.WrongAnswers + 1;
        if (wrong >= _options.Value.MaxPhoneAttempts)
        {
            turn.SendText(DossierTexts.PhoneWrongFinal, ("code", dossier.Code));
            return step.EndDialogAsync(null, cancellationToken);
        }
        return step.ReplaceDialogAsync(Id, new LookupStart { Code = code, WrongAnswers = wrong }, cancellationToken);
    }

    /// <summary>When the resident may look up again, in Vietnam's time, rounded up to the minute; the day too when it is not today.</summary>
    private static void SendWait(ITurnContext turn, DateTimeOffset until)
    {
        var minute = TimeSpan.TicksPerMinute;
        var local = VietnamTime.ToLocal(new DateTimeOffset((until.UtcTicks + minute - 1) / minute * minute, TimeSpan.Zero));
        var time = DateOnly.FromDateTime(local.DateTime) == VietnamTime.Today(turn.Clock)
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        turn.SendText(DossierTexts.LimitReached, ("time", time));
    }

    /// <summary>How the lookup begins: with the code the resident's message held, or again after wrong digits.</summary>
    internal sealed class LookupStart
    {
        public string? Code { get; set; }

        /// <summary>Wrong answers to the phone question so far; above 0, the dossier is known and its phone is asked again.</summary>
        public int WrongAnswers { get; set; }
    }

    /// <summary>The dossier being looked up (its code as the list shows it) and the wrong answers to its phone question.</summary>
    internal sealed class Lookup
    {
        public string? Code { get; set; }

        public int WrongAnswers { get; set; }
    }
}
