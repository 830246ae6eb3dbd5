using System.Globalization;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;

namespace ChatAssistant.Features.Surveys;

/// <summary>After an appointment: a rating from 1 to 5, then a comment the resident may skip.</summary>
public sealed class SatisfactionSurveyDialog : WaterfallDialog<SatisfactionSurveyDialog.Answers>
{
    public const string DialogId = "satisfaction-survey";
    private const string RatingPrompt = DialogId + ".rating";
    private const string CommentPrompt = DialogId + ".comment";

    /// <summary>Comments are free text; a paragraph is plenty and keeps one resident from filling the table.</summary>
    public const int MaxCommentLength = 1000;

    public SatisfactionSurveyDialog()
        : base(DialogId)
    {
        AddStep(AskRatingAsync);
        AddStep(AskCommentAsync);
        AddStep(FinishAsync);
    }

    /// <summary>The prompts this dialog uses, registered beside it.</summary>
    // "5 sao", "tuyệt vời", "tạm được": how residents rate in their own words (issue 14), 1 to 5.
    private static readonly string[][] RatingWords =
    [
        ["1 sao", "mot sao", "rat te", "qua te", "te qua", "that vong", "rat kem"],
        ["2 sao", "hai sao", "chua hai long", "kem", "khong tot", "te"],
        ["3 sao", "ba sao", "binh thuong", "tam duoc", "tam tam", "cung duoc", "trung binh"],
        ["4 sao", "bon sao", "tot", "on", "kha tot", "hai long"],
        ["5 sao", "nam sao", "tuyet voi", "rat tot", "xuat sac", "qua tot", "hai long lam", "rat hai long", "10 diem"],
    ];

    public static IReadOnlyList<Dialog> Prompts() => [new ChoicePrompt(RatingPrompt), new TextPrompt(CommentPrompt)];

    private static Task<DialogTurnResult> AskRatingAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        var subject = step.Options<SurveySubject>()!;
        step.State.Subject = subject;
        var texts = step.Context.Texts;
        return step.PromptAsync(RatingPrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(texts.Get(SurveyTexts.AskRating, new Dictionary<string, string> { ["service"] = subject.ServiceName })),
            RetryPrompt = OutboundMessage.FromText(texts.Get(SurveyTexts.RatingRetry)),
            Choices =
            [
                .. new[] { SurveyTexts.Rating1, SurveyTexts.Rating2, SurveyTexts.Rating3, SurveyTexts.Rating4, SurveyTexts.Rating5 }
                    .Select((key, i) => new Choice((i + 1).ToString(CultureInfo.InvariantCulture), texts.Get(key), RatingWords[i])),
            ],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskCommentAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            var subject = step.State.Subject!;
            var oaId = step.Context.Activity.AccountId;
            step.Context.Save((connection, transaction) => SurveyStore.RecordNoAnswer(connection, transaction, oaId, subject.AppointmentId));
            step.Context.SendText(SurveyTexts.NoAnswer);
            return step.EndDialogAsync(null, cancellationToken);
        }
        step.State.Rating = int.Parse(step.ResultAs<FoundChoice>().Value, CultureInfo.InvariantCulture);
        return step.PromptAsync(CommentPrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(SurveyTexts.AskComment)),
            AllowSkip = true,
            Sensitive = true,
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        var comment = step.Result as string is { Length: > 0 } text ? text.Trim()[..Math.Min(text.Trim().Length, MaxCommentLength)] : null;
        var (subject, rating) = (step.State.Subject!, step.State.Rating!.Value);
        var oaId = step.Context.Activity.AccountId;
        var now = step.Context.Clock.GetUtcNow();
        step.Context.Save((connection, transaction) => SurveyStore.RecordAnswer(connection, transaction, oaId, subject.AppointmentId, rating, comment, now));
        step.Context.SendText(SurveyTexts.Thanks);
        return step.EndDialogAsync(null, cancellationToken);
    }

    public sealed class Answers
    {
        public SurveySubject? Subject { get; set; }
        public int? Rating { get; set; }
    }
}
