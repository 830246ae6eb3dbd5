using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.TipOffs.FollowUp;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// "Em bị lừa qua mạng mất 50 triệu giờ làm sao": a crime told as a story is offered as a report, with the kind already
/// named and, if the resident agrees, their message kept (sealed) as the first part of it (issue 14, point 7).
/// </summary>
public sealed class TipOffOfferDialog(DraftSeal seal, IFrontDoor frontDoor, Understander understander) : Dialog(DialogId)
{
    public const string DialogId = "tipoff.offer";

    private const string StoryKey = "story";
    private const string CategoryKey = "category";

    public override bool IsPrivate => true;

    /// <summary>"Vậy thì báo, tui báo ẩn danh được hông": a yes or a no to the offer is its answer, whatever it asks beside.</summary>
    public override bool Claims(DialogContext dc, DialogInstance instance, string? text) => Agrees(text) is not null;

    /// <param name="options">The category code the story names, or null.</param>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var instance = dc.ActiveDialog!;
        var category = options as string;
        instance.State[CategoryKey] = category;
        instance.State[StoryKey] = Convert.ToBase64String(seal.Seal(turn, turn.Activity.Text ?? ""));
        var kind = TipOffCategories.Find(category) is { } named && named.Code != "other" ? turn.Texts.Get(named.TextKey) : null;
        // What to do meanwhile, for the kinds that have advice ("công an không yêu cầu chuyển tiền", "đừng chạm vào vật nổ").
        if (category is not null && turn.Texts.Contains(TipOffTexts.AdvicePrefix + category))
        {
            turn.SendText(TipOffTexts.AdvicePrefix + category);
        }
        if (kind is null)
        {
            turn.SendText(TipOffTexts.Offer);
        }
        else
        {
            turn.SendText(TipOffTexts.OfferCategory, ("category", kind.ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))));
        }
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var text = dc.Context.Activity.Text;
        var answer = Agrees(text);
        var category = instance.State[CategoryKey]?.GetValue<string>();
        var story = Convert.FromBase64String(instance.State[StoryKey]!.GetValue<string>());
        // "… bị giật đt, mã là 8RTW-K2XM-5QPD, h sao r ad": a receipt code asks after a report already sent, whatever else
        // the message says; it is answered as a new question.
        var followsASentReport = ReceiptCodeFinder.FindIn(text) is not null;
        // "Việc gây rối trật tự ạ", or more of the story: answering what a report asks is agreeing to report.
        if (answer is null && !followsASentReport && TipOffReportDialog.CategoryNamedIn(text) is { } named)
        {
            (answer, category) = (true, category ?? named.Code);
            // "Tối thứ Bảy nào cũng vậy, tụi nó chừng hai chục đứa, … có đứa còn cầm mã tấu": naming a kind in more of the
            // story, whose words are kept too.
            if (IsMoreStory(text))
            {
                story = seal.Seal(dc.Context, (seal.Open<string>(dc.Context, story) ?? "") + "\n" + text!.Trim());
            }
        }
        else if (answer is null && !followsASentReport && IsMoreStory(text) && !understander.Of(dc.Context).IsQuestion && !AsksSomethingElse(dc))
        {
            answer = true;
            story = seal.Seal(dc.Context, (seal.Open<string>(dc.Context, story) ?? "") + "\n" + text!.Trim());
        }
        if (answer == true)
        {
            return await dc.ReplaceDialogAsync(TipOffReportDialog.DialogId, new TipOffStart(category, story), cancellationToken).ConfigureAwait(false);
        }
        await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        if (answer == false)
        {
            dc.Context.SendText(TipOffTexts.OfferDeclined);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }
        // Something else: a new question. The story was not kept: the resident did not agree to report it.
        await frontDoor.RouteAsync(dc, cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }

    // "Tôi chọn mục đặt lịch hẹn": a request of its own is not more of the story.
    private bool AsksSomethingElse(DialogContext dc) =>
        understander.Of(dc.Context).Intent is { } intent && intent is not (Intents.ReportCrime or Intents.Emergency or Intents.AskProcedure or Intents.OutOfScope);

    // A message this long that asks nothing goes on with the story rather than answering the offer ("thế còn nếu họ ở
    // lâu hơn 1 tháng thì sao" asks, and is answered as a new question).
    private const int MinWordsOfMoreStory = 8;

    private static bool IsMoreStory(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !text.Contains('?', StringComparison.Ordinal)
        && Shorthand.Normalize(text).Split(' ').Length >= MinWordsOfMoreStory;

    /// <summary>Yes or no to the offer, in everyday words too: "rứa thì con báo", "vâng em muốn trình báo", "thôi khỏi báo".</summary>
    private static bool? Agrees(string? text)
    {
        var padded = " " + Shorthand.Normalize(text ?? "") + " ";
        // "thôi để chiều tôi lên phường trình báo trực tiếp, hủy nhé": stopping, whatever words of reporting it holds.
        if (Declines.Any(phrase => padded.Contains(phrase, StringComparison.Ordinal)) || InterruptionRecognizer.Recognize(text) == Interruption.Cancel)
        {
            return false;
        }
        // "Báo thì có ai biết tui báo không?": a question about reporting, to answer before the offer is taken up.
        var asks = (text ?? "").Contains('?', StringComparison.Ordinal) && !padded.Contains(" bao an danh ", StringComparison.Ordinal);
        return YesNoRecognizer.Recognize(text)
            ?? (padded == " bao " || (!asks && Reports.Any(phrase => padded.Contains(phrase, StringComparison.Ordinal))) ? true : null);
    }

    private static readonly string[] Declines = [" khong bao ", " khong muon bao ", " khoi bao ", " chua muon bao ", " thoi khong "];

    private static readonly string[] Reports =
        [" con bao ", " em bao ", " toi bao ", " minh bao ", " chau bao ", " bao di ", " bao tin ", " trinh bao ", " to giac ", " muon bao ",
         " bao giup ", " bao luon ", " gui tin bao ", " thi bao ", " bao an danh "];

    public override Task RepromptAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken)
    {
        turn.SendText(TipOffTexts.Offer);
        return Task.CompletedTask;
    }
}
