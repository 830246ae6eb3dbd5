using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Handoffs;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>Welcome, main menu, the router for free text, and the hand-off to an officer.</summary>
public sealed class FrontDoor(
    MainMenu menu, HandoffStore handoffs, IEnumerable<IQuestionAnswerer> answerers, IEnumerable<IServiceEventReaction> eventReactions) : IFrontDoor
{
    private readonly IQuestionAnswerer[] _answerers = [.. answerers.OrderBy(a => a.Order)];

    private static readonly string[] Greetings = ["xin chao", "chao", "hello", "hi", "alo", "a lo", "helo", "chao ban", "chao anh", "chao chi", "chao em", "chao ad", "chao admin"];
    private static readonly string[] Thanks = ["cam on", "xin cam on", "cam on ban", "cam on nhieu", "thanks", "thank you", "tks", "thank", "ok cam on", "cam on a"];

    /// <summary>The greeting and the menu, as one message: one bubble reads better than two on a phone.</summary>
    public Task WelcomeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        SendWithMenu(dc.Context, ResidentTexts.Welcome);
        return Task.CompletedTask;
    }

    public Task ShowMenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        SendMenu(dc.Context);
        return Task.CompletedTask;
    }

    private void SendMenu(ITurnContext turn) => turn.Send(OutboundMessage.FromText(menu.Render(turn.Texts)));

    private void SendWithMenu(ITurnContext turn, string textKey) =>
        turn.Send(OutboundMessage.FromText(turn.Texts.Get(textKey) + "\n\n" + menu.Render(turn.Texts)));

    public async Task RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var text = turn.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            // A sticker, a picture or a place with no question open: show what we can do.
            SendWithMenu(turn, ResidentTexts.NotUnderstood);
            return;
        }
        var folded = VietnameseText.Fold(text);
        if (Greetings.Any(g => folded == g || folded.StartsWith(g + " ", StringComparison.Ordinal)) && folded.Split(' ').Length <= 4)
        {
            SendWithMenu(turn, ResidentTexts.Welcome);
            return;
        }
        if (Thanks.Contains(folded))
        {
            turn.SendText("thanks-reply");
            return;
        }
        switch (InterruptionRecognizer.Recognize(text))
        {
            case Interruption.Menu or Interruption.Cancel:
                await ShowMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                return;
            case Interruption.Help:
                SendWithMenu(turn, "help-front-door");
                return;
            case Interruption.Officer:
                await HandOffAsync(dc, cancellationToken).ConfigureAwait(false);
                return;
        }
        if (NumberRecognizer.Recognize(text) is { } number && number >= 1 && number <= menu.Entries.Count)
        {
            await menu.Entries[number - 1].Open(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (menu.MatchKeywords(text) is { } entry)
        {
            await entry.Open(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        foreach (var answerer in _answerers)
        {
            if (await answerer.TryAnswerAsync(dc, text, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        SendWithMenu(turn, ResidentTexts.NotUnderstood);
    }

    /// <remarks>A resident talking to an officer is busy too: a survey must not cut into that conversation.</remarks>
    public Task HandleEventAsync(DialogContext dc, bool residentBusy, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var reaction = eventReactions.FirstOrDefault(r => r.EventName == activity.Name);
        if (reaction is null)
        {
            return Task.CompletedTask;
        }
        var busy = residentBusy || handoffs.FindOpen(activity.AccountId, activity.UserId) is not null;
        return reaction.HandleAsync(dc, activity.Value, busy, cancellationToken);
    }

    public Task HandOffAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        dc.Context.Save((connection, transaction) => handoffs.Open(connection, transaction, activity.AccountId, activity.UserId));
        dc.Context.SendText("handoff-started");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A message while an officer has the conversation. Returns true when the bot should handle it as usual
    /// (the hand-off timed out); otherwise the bot stays silent, or ends the hand-off on "menu" / "huỷ".
    /// </summary>
    public bool ContinueHandoff(ITurnContext turn, Handoff handoff)
    {
        if (handoffs.IsExpired(handoff))
        {
            turn.Save((connection, transaction) => handoffs.Close(connection, transaction, handoff.Id, "timeout"));
            turn.SendText("handoff-timeout");
            return true;
        }
        if (InterruptionRecognizer.Recognize(turn.Activity.Text) is Interruption.Menu or Interruption.Cancel)
        {
            turn.Save((connection, transaction) => handoffs.Close(connection, transaction, handoff.Id, "resident"));
            SendWithMenu(turn, "handoff-ended");
        }
        return false;
    }
}
