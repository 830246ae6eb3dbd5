using System.Globalization;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.Dossiers;

/// <summary>
/// "Tra cứu hồ sơ": answers at once when the message holds a code, otherwise asks for the code on the receipt. A
/// resident past <see cref="DossierOptions.MaxLookupsPerResident"/> lookups in the period is told when to come back.
/// </summary>
internal sealed class DossierLookupDialog : WaterfallDialog<DossierLookupDialog.Lookup>
{
    public const string CodePromptId = nameof(DossierLookupDialog) + "." + nameof(TextPrompt);

    private readonly DossierAnswer _answer;
    private readonly DossierLookupLimit _limit;

    public DossierLookupDialog(DossierAnswer answer, DossierLookupLimit limit)
        : base(nameof(DossierLookupDialog))
    {
        (_answer, _limit) = (answer, limit);
        AddStep(AskCodeAsync);
        AddStep(AnswerAsync);
    }

    /// <summary>The prompt for the code: any answer with something shaped like a code passes; the lookup decides the rest.</summary>
    public static TextPrompt CodePrompt() => new(CodePromptId, (check, _) =>
    {
        if (DossierCode.FindIn(check.Value) is not null)
        {
            return Task.FromResult(true);
        }
        check.RetryText = check.Context.Texts.Get(DossierTexts.CodeRetry);
        return Task.FromResult(false);
    });

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
        if (step.Options<LookupStart>()?.Code is { } code)
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

    private Task<DialogTurnResult> AnswerAsync(WaterfallStepContext<Lookup> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (step.PromptGaveUp)
        {
            turn.SendText(DossierTexts.GaveUp);
            return step.EndDialogAsync(null, cancellationToken);
        }
        step.State.Code = DossierCode.FindIn(step.ResultAs<string>());
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        if (_limit.BlockedUntil(oaId, userId) is { } until)
        {
            SendWait(turn, until);
            return step.EndDialogAsync(null, cancellationToken);
        }
        _limit.Count(oaId, userId);
        _answer.Send(turn, step.State.Code!);
        return step.EndDialogAsync(null, cancellationToken);
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

    /// <summary>How the lookup begins: with the code the resident's message held, if any.</summary>
    internal sealed class LookupStart
    {
        public string? Code { get; set; }
    }

    /// <summary>The code the resident gave, as compared.</summary>
    internal sealed class Lookup
    {
        public string? Code { get; set; }
    }
}
