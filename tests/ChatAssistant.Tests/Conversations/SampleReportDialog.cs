using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Tests.Conversations;

/// <summary>A flow that asks for what a report needs: a place, pictures, the resident's contact card, free text.</summary>
internal sealed class SampleReportDialog : WaterfallDialog<SampleReportDialog.Report>
{
    public const string DialogId = "sample-report";

    private SampleReportDialog()
        : base(DialogId)
    {
        AddStep(AskPlaceAsync);
        AddStep(AskPicturesAsync);
        AddStep(AskContactAsync);
        AddStep(AskStoryAsync);
        AddStep(SummariseAsync);
    }

    public static IReadOnlyList<Dialog> WithPrompts() =>
    [
        new SampleReportDialog(),
        new LocationPrompt(nameof(LocationPrompt)),
        new AttachmentPrompt(nameof(AttachmentPrompt)),
        new UserInfoPrompt(nameof(UserInfoPrompt)),
        new TextPrompt(nameof(TextPrompt), (check, _) => Task.FromResult(check.Value.Length >= 10 || Refuse(check))),
    ];

    private static bool Refuse(PromptValidatorContext<string> check)
    {
        check.RetryText = "Bạn kể rõ hơn một chút (ít nhất 10 ký tự) nhé.";
        return false;
    }

    private static Task<DialogTurnResult> AskPlaceAsync(WaterfallStepContext<Report> step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(LocationPrompt), PromptOptions.Asking("Việc xảy ra ở đâu?"), cancellationToken);

    private static Task<DialogTurnResult> AskPicturesAsync(WaterfallStepContext<Report> step, CancellationToken cancellationToken)
    {
        var place = step.ResultAs<LocationAnswer>();
        step.State.Place = place.Address ?? $"{place.Point!.Latitude}, {place.Point.Longitude}";
        return step.PromptAsync(nameof(AttachmentPrompt), new PromptOptions { Prompt = OutboundMessage.FromText("Gửi ảnh (nếu có)."), MaxItems = 3, AllowSkip = true }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskContactAsync(WaterfallStepContext<Report> step, CancellationToken cancellationToken)
    {
        step.State.Pictures = step.Result is IReadOnlyList<Attachment> pictures ? pictures.Count : 0;
        return step.PromptAsync(nameof(UserInfoPrompt), new PromptOptions
        {
            Prompt = OutboundMessage.AskUserInfo("Chia sẻ thông tin liên hệ", "Để cán bộ liên hệ khi cần", "https://example.invalid/card.png"),
            AllowSkip = true,
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskStoryAsync(WaterfallStepContext<Report> step, CancellationToken cancellationToken)
    {
        step.State.HasContact = step.Result is SubmittedInfo;
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = OutboundMessage.FromText("Bạn kể lại sự việc."), Sensitive = true }, cancellationToken);
    }

    private static Task<DialogTurnResult> SummariseAsync(WaterfallStepContext<Report> step, CancellationToken cancellationToken)
    {
        step.Context.SendRawText($"Tóm tắt: nơi {step.State.Place}; {step.State.Pictures} ảnh; liên hệ: {(step.State.HasContact ? "có" : "không")}.");
        return step.EndDialogAsync(null, cancellationToken);
    }

    public sealed class Report
    {
        public string? Place { get; set; }
        public int Pictures { get; set; }
        public bool HasContact { get; set; }
    }
}
