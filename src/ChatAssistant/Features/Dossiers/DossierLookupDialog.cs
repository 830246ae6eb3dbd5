using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.Dossiers;

/// <summary>"Tra cứu hồ sơ": answers at once when the message holds a code, otherwise asks for the code on the receipt.</summary>
internal sealed class DossierLookupDialog : WaterfallDialog<DossierLookupDialog.Lookup>
{
    public const string CodePromptId = nameof(DossierLookupDialog) + "." + nameof(TextPrompt);

    private readonly DossierAnswer _answer;

    public DossierLookupDialog(DossierAnswer answer)
        : base(nameof(DossierLookupDialog))
    {
        _answer = answer;
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

    /// <summary>What the menu line (or its keywords) does.</summary>
    public Task OpenAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Text is { } text && DossierCode.FindIn(text) is { } code)
        {
            _answer.Send(dc.Context, code);
            return Task.CompletedTask;
        }
        return dc.BeginDialogAsync(Id, null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskCodeAsync(WaterfallStepContext<Lookup> step, CancellationToken cancellationToken) =>
        step.PromptAsync(CodePromptId, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(DossierTexts.AskCode)),
            HelpTextKey = DossierTexts.CodeHelp,
            YieldsToNewRequests = true,
        }, cancellationToken);

    private Task<DialogTurnResult> AnswerAsync(WaterfallStepContext<Lookup> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            step.Context.SendText(DossierTexts.GaveUp);
            return step.EndDialogAsync(null, cancellationToken);
        }
        step.State.Code = DossierCode.FindIn(step.ResultAs<string>());
        _answer.Send(step.Context, step.State.Code!);
        return step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The code the resident gave, as compared.</summary>
    internal sealed class Lookup
    {
        public string? Code { get; set; }
    }
}
