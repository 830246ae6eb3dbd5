using System.Text.Json;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>
/// Numbered next steps that never trap the resident: a pick runs the step, anything else is taken as a new
/// message (a resident who just read an answer often types the next question instead of a number).
/// </summary>
public abstract class FollowUpDialog(string id, IFrontDoor frontDoor) : Dialog(id)
{
    // Longer messages are new questions even when a word of them matches an option ("đăng ký xe" vs "Đặt lịch").
    private const int MaxWordsOfAPick = 4;

    private const string LeadKey = "lead";
    private const string ChoicesKey = "choices";

    /// <summary>Runs the step the resident picked, by the <see cref="Choice.Value"/> given to <see cref="OfferAsync"/>.</summary>
    protected abstract Task<DialogTurnResult> OnPickedAsync(DialogContext dc, string value, CancellationToken cancellationToken);

    /// <summary>Sends <paramref name="lead"/> with the numbered options under it and waits for the pick.</summary>
    /// <param name="preface">Sent above the lead in the same message (an answer's last part), but not repeated on a re-prompt.</param>
    protected static DialogTurnResult Offer(DialogContext dc, string lead, IReadOnlyList<Choice> choices, string? preface = null)
    {
        var instance = dc.ActiveDialog!;
        instance.State[LeadKey] = lead;
        instance.State[ChoicesKey] = JsonSerializer.SerializeToNode(choices.ToList());
        Send(dc.Context, preface is null ? lead : preface + "\n\n" + lead, choices);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// The option a longer answer picks in this dialog's own terms ("tôi nghĩ lại rồi, vẫn giữ lịch" as "no"); null lets
    /// the message go to the front door as a new question.
    /// </summary>
    protected virtual string? Interpret(DialogContext dc, string text) => null;

    public override bool KeepsResidentBusy => false;

    // Any message but a pick goes to the front door, which answers questions itself: nothing to answer on the side.
    public override bool AcceptsAsides => false;

    public override bool Claims(DialogContext dc, DialogInstance instance, string? text) =>
        (IsShort(text) && ChoiceRecognizer.Recognize(text, ChoicesOf(instance)) is not null) || (text is not null && Interpret(dc, text) is not null);

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text;
        var choices = ChoicesOf(dc.ActiveDialog!);
        if (IsShort(text) && ChoiceRecognizer.Recognize(text, choices) is { } index)
        {
            return await OnPickedAsync(dc, choices[index].Value, cancellationToken).ConfigureAwait(false);
        }
        if (text is not null && Interpret(dc, text) is { } value)
        {
            return await OnPickedAsync(dc, value, cancellationToken).ConfigureAwait(false);
        }
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await frontDoor.RouteAsync(dc, cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public override Task RepromptAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken)
    {
        Send(turn, instance.State[LeadKey]?.GetValue<string>() ?? "", ChoicesOf(instance));
        return Task.CompletedTask;
    }

    private static bool IsShort(string? text) =>
        !string.IsNullOrWhiteSpace(text) && VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsOfAPick;

    /// <summary>The options last offered.</summary>
    protected static List<Choice> ChoicesOf(DialogInstance instance) =>
        instance.State[ChoicesKey]?.Deserialize<List<Choice>>() ?? [];

    private static void Send(ITurnContext turn, string lead, IReadOnlyList<Choice> choices) =>
        turn.Send(OutboundMessage.FromText(lead.Length == 0 ? ChoicePrompt.Render(choices) : lead + "\n" + ChoicePrompt.Render(choices)));
}
