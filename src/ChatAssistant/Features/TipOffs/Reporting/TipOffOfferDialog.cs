using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// "Em bị lừa qua mạng mất 50 triệu giờ làm sao": a crime told as a story is offered as a report, with the kind already
/// named and, if the resident agrees, their message kept (sealed) as the first part of it (issue 14, point 7).
/// </summary>
public sealed class TipOffOfferDialog(DraftSeal seal, IFrontDoor frontDoor) : Dialog(DialogId)
{
    public const string DialogId = "tipoff.offer";

    private const string StoryKey = "story";
    private const string CategoryKey = "category";

    public override bool IsPrivate => true;

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
        var answer = Agrees(dc.Context.Activity.Text);
        if (answer == true)
        {
            var start = new TipOffStart(instance.State[CategoryKey]?.GetValue<string>(), Convert.FromBase64String(instance.State[StoryKey]!.GetValue<string>()));
            return await dc.ReplaceDialogAsync(TipOffReportDialog.DialogId, start, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Yes or no to the offer, in everyday words too: "rứa thì con báo", "vâng em muốn trình báo", "thôi khỏi báo".</summary>
    private static bool? Agrees(string? text)
    {
        var padded = " " + Shorthand.Normalize(text ?? "") + " ";
        if (Declines.Any(phrase => padded.Contains(phrase, StringComparison.Ordinal)))
        {
            return false;
        }
        return YesNoRecognizer.Recognize(text) ?? (padded == " bao " || Reports.Any(phrase => padded.Contains(phrase, StringComparison.Ordinal)) ? true : null);
    }

    private static readonly string[] Declines = [" khong bao ", " khong muon bao ", " khoi bao ", " chua muon bao ", " thoi khong "];

    private static readonly string[] Reports =
        [" con bao ", " em bao ", " toi bao ", " minh bao ", " chau bao ", " bao di ", " bao tin ", " trinh bao ", " to giac ", " muon bao ",
         " bao giup ", " bao luon ", " gui tin bao "];

    public override Task RepromptAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken)
    {
        turn.SendText(TipOffTexts.Offer);
        return Task.CompletedTask;
    }
}
