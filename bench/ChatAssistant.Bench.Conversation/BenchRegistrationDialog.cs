using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// The benchmark's five-question flow, shaped like the tests' sample registration: choice, date,
/// time, phone (skippable), confirm. Its texts come from the catalogue (<see cref="BenchContent"/>),
/// as a product dialog's do, so the turn pays for the same lookups.
/// </summary>
internal sealed class BenchRegistrationDialog : WaterfallDialog<BenchRegistrationDialog.Answers>
{
    public const string DialogId = "bench-registration";

    public BenchRegistrationDialog()
        : base(DialogId)
    {
        AddStep(AskServiceAsync);
        AddStep(AskDayAsync);
        AddStep(AskTimeAsync);
        AddStep(AskPhoneAsync);
        AddStep(ConfirmAsync);
        AddStep(FinishAsync);
    }

    /// <summary>The dialog and the prompts it uses, for registration as <see cref="Dialog"/> services.</summary>
    public static IReadOnlyList<Dialog> WithPrompts() =>
    [
        new BenchRegistrationDialog(),
        new ChoicePrompt(nameof(ChoicePrompt)),
        new DatePrompt(nameof(DatePrompt)),
        new TimePrompt(nameof(TimePrompt)),
        new PhonePrompt(nameof(PhonePrompt)),
        new ConfirmPrompt(nameof(ConfirmPrompt)),
    ];

    private static Task<DialogTurnResult> AskServiceAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        var texts = step.Context.Texts;
        return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = OutboundMessage.FromText(texts.Get(BenchContent.AskService)),
            Choices =
            [
                new Choice("can-cuoc", texts.Get(BenchContent.ServiceIdCard)),
                new Choice("cu-tru", texts.Get(BenchContent.ServiceResidence)),
                new Choice("ho-chieu", texts.Get(BenchContent.ServicePassport)),
            ],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskDayAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            step.Context.SendText(BenchContent.GaveUp);
            return step.EndDialogAsync(null, cancellationToken);
        }
        step.State.Service = step.ResultAs<FoundChoice>().Title;
        return step.PromptAsync(nameof(DatePrompt), PromptOptions.Asking(step.Context.Texts.Get(BenchContent.AskDay)), cancellationToken);
    }

    private static Task<DialogTurnResult> AskTimeAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.State.Day = step.ResultAs<DateOnly>();
        return step.PromptAsync(nameof(TimePrompt), PromptOptions.Asking(step.Context.Texts.Get(BenchContent.AskTime)), cancellationToken);
    }

    private static Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.State.Time = step.ResultAs<TimeOnly>();
        return step.PromptAsync(nameof(PhonePrompt), new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(BenchContent.AskPhone)),
            AllowSkip = true,
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.State.Phone = step.Result as string;
        var state = step.State;
        var summary = step.Context.Texts.Get(BenchContent.Confirm, new Dictionary<string, string>
        {
            ["service"] = state.Service ?? "",
            ["day"] = state.Day?.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["time"] = state.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["phone"] = state.Phone is { } phone ? PhoneRecognizer.Mask(phone) : step.Context.Texts.Get(BenchContent.NoPhone),
        });
        return step.PromptAsync(nameof(ConfirmPrompt), PromptOptions.Asking(summary), cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            step.Context.SendText(BenchContent.Done, new Dictionary<string, string> { ["service"] = step.State.Service ?? "" });
        }
        else
        {
            step.Context.SendText(BenchContent.Cancelled);
        }
        return step.EndDialogAsync(step.State, cancellationToken);
    }

    public sealed class Answers
    {
        public string? Service { get; set; }
        public DateOnly? Day { get; set; }
        public TimeOnly? Time { get; set; }
        public string? Phone { get; set; }
    }
}
