using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Tests.Conversations;

/// <summary>
/// A component (its own dialogs, its own inner stack) begun with options by a parent waterfall,
/// returning a typed result: the shape a feature uses to reuse a sub-flow.
/// </summary>
internal sealed class SampleGroupDialog : ComponentDialog
{
    public const string DialogId = "sample-group";

    public SampleGroupDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog<Visit>("sample-group-steps")
            .AddStep(AskSizeAsync)
            .AddStep(AskWhenAsync)
            .AddStep(FinishAsync));
        AddDialog(new NumberPrompt(nameof(NumberPrompt), (check, _) =>
        {
            var fits = check.Value is >= 1 and <= 10;
            if (!fits)
            {
                check.RetryText = "Mỗi lượt tối đa 10 người.";
            }
            return Task.FromResult(fits);
        }));
        AddDialog(new DateTimePrompt(nameof(DateTimePrompt)));
    }

    /// <summary>The parent: opens the component with options and reports what it returned.</summary>
    public static WaterfallDialog<Visit> Parent() => new WaterfallDialog<Visit>("sample-group-parent")
        .AddStep((step, ct) => step.BeginDialogAsync(DialogId, new GroupOptions("Chào đoàn khách!"), ct))
        .AddStep((step, ct) =>
        {
            var visit = step.ResultAs<Visit>();
            var when = visit.When!;
            step.Context.SendRawText($"Đoàn {visit.Size} người, {when.Date:dd/MM} {when.Time:HH\\:mm} ({when.PartOfDay}).");
            return step.EndDialogAsync(visit, ct);
        });

    private static Task<DialogTurnResult> AskSizeAsync(WaterfallStepContext<Visit> step, CancellationToken cancellationToken)
    {
        step.Context.SendRawText(step.Options<GroupOptions>()!.Greeting);
        return step.PromptAsync(nameof(NumberPrompt), PromptOptions.Asking("Đoàn bao nhiêu người?"), cancellationToken);
    }

    private static Task<DialogTurnResult> AskWhenAsync(WaterfallStepContext<Visit> step, CancellationToken cancellationToken)
    {
        step.State.Size = step.ResultAs<int>();
        return step.PromptAsync(nameof(DateTimePrompt), PromptOptions.Asking("Đoàn đến khi nào?"), cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext<Visit> step, CancellationToken cancellationToken)
    {
        step.State.When = step.ResultAs<DateTimeRecognition>();
        return step.EndDialogAsync(step.State, cancellationToken);
    }

    public sealed record GroupOptions(string Greeting);

    public sealed class Visit
    {
        public int Size { get; set; }
        public DateTimeRecognition? When { get; set; }
    }
}
