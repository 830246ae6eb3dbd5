using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Tests.Conversations;

/// <summary>
/// A five-question flow used to test the runtime the way a feature uses it: choice, date, time,
/// phone (skippable), confirm. Its texts are written here because it is not a product dialog.
/// </summary>
internal sealed class SampleRegistrationDialog : WaterfallDialog<SampleRegistrationDialog.Answers>
{
    public const string DialogId = "sample-registration";

    public SampleRegistrationDialog(int version = 1)
        : base(DialogId)
    {
        CurrentVersion = version;
        AddStep(AskServiceAsync);
        AddStep(AskDayAsync);
        AddStep(AskTimeAsync);
        AddStep(AskPhoneAsync);
        AddStep(ConfirmAsync);
        AddStep(FinishAsync);
    }

    public int CurrentVersion { get; set; }

    public override int Version => CurrentVersion;

    public static IReadOnlyList<Dialog> WithPrompts(int version = 1) =>
    [
        new SampleRegistrationDialog(version),
        new ChoicePrompt(nameof(ChoicePrompt)),
        new DatePrompt(nameof(DatePrompt)),
        new TimePrompt(nameof(TimePrompt)),
        new PhonePrompt(nameof(PhonePrompt)),
        new ConfirmPrompt(nameof(ConfirmPrompt)),
    ];

    private static Task<DialogTurnResult> AskServiceAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = OutboundMessage.FromText("Bạn cần làm thủ tục nào?"),
            Choices = [new Choice("can-cuoc", "Căn cước"), new Choice("cu-tru", "Cư trú"), new Choice("ho-chieu", "Hộ chiếu")],
        }, cancellationToken);

    private static Task<DialogTurnResult> AskDayAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            step.Context.SendRawText("Xin lỗi, chưa chọn được thủ tục. Bạn nhắn \"menu\" để bắt đầu lại.");
            return step.EndDialogAsync(null, cancellationToken);
        }
        step.State.Service = step.ResultAs<FoundChoice>().Value;
        return step.PromptAsync(nameof(DatePrompt), PromptOptions.Asking("Bạn muốn đến ngày nào?"), cancellationToken);
    }

    private static Task<DialogTurnResult> AskTimeAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.State.Day = step.ResultAs<DateOnly>();
        return step.PromptAsync(nameof(TimePrompt), PromptOptions.Asking("Mấy giờ?"), cancellationToken);
    }

    private static Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.State.Time = step.ResultAs<TimeOnly>();
        return step.PromptAsync(nameof(PhonePrompt), new PromptOptions
        {
            Prompt = OutboundMessage.FromText("Số điện thoại để nhắc lịch? (nhắn \"bỏ qua\" nếu không muốn)"),
            AllowSkip = true,
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.State.Phone = step.Result as string;
        var phone = step.State.Phone is { } p ? PhoneRecognizer.Mask(p) : "không có";
        return step.PromptAsync(nameof(ConfirmPrompt),
            PromptOptions.Asking($"Xác nhận: {step.State.Service}, {step.State.Day:dd/MM} lúc {step.State.Time:HH\\:mm}, SĐT {phone}?"), cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.Context.SendRawText(step.Result is true ? $"Đã ghi nhận {step.State.Service}." : "Đã hủy đăng ký.");
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
