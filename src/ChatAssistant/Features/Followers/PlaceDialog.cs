using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.Followers;

/// <summary>"Bạn ở tổ dân phố / thôn nào?": the account's groups numbered, answered by number or by name; stored and confirmed.</summary>
internal sealed class PlaceDialog : WaterfallDialog<PlaceDialog.Asked>
{
    // Ids are stored in residents' conversations: literal, so a rename of the class cannot change them.
    public const string DialogId = "PlaceDialog";
    public const string PromptId = "PlaceDialog.TextPrompt";

    private readonly ResidentialGroups _groups;
    private readonly FollowerReplies _replies;

    public PlaceDialog(ResidentialGroups groups, FollowerReplies replies)
        : base(DialogId)
    {
        _groups = groups;
        _replies = replies;
        AddStep(AskAsync);
        AddStep(SaveAsync);
    }

    /// <summary>The question: an answer passes when it names a place; the apology says why it did not.</summary>
    public static TextPrompt Prompt(ResidentialGroups groups) => new(PromptId, (check, _) =>
    {
        if (Recognize(groups, check.Context.Activity.AccountId, check.Value) is not null)
        {
            return Task.FromResult(true);
        }
        var listed = groups.Of(check.Context.Activity.AccountId).Count > 0;
        check.RetryText = check.Context.Texts.Get(listed ? FollowerTexts.PlaceRetry : FollowerTexts.PlaceRetryTyped);
        return Task.FromResult(false);
    });

    private static Place? Recognize(ResidentialGroups groups, string oaId, string answer) =>
        groups.Of(oaId) is { Count: > 0 } listed ? PlaceRecognizer.Answer(answer, listed)?.AsPlace() : PlaceRecognizer.Typed(answer);

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext<Asked> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        var lines = new List<string>();
        if (_replies.CurrentPlaces(oaId, userId) is { } current)
        {
            lines.Add(turn.Texts.Get(FollowerTexts.CurrentPlace, ("place", current)));
        }
        var listed = _groups.Of(oaId);
        if (listed.Count > 0)
        {
            lines.Add(turn.Texts.Get(FollowerTexts.AskPlace));
            lines.Add(ChoicePrompt.Render([.. listed.Select(g => new Choice(g.Tag, g.Name))]));
        }
        else
        {
            lines.Add(turn.Texts.Get(FollowerTexts.AskPlaceTyped));
        }
        return step.PromptAsync(PromptId, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(string.Join('\n', lines)),
            HelpTextKey = FollowerTexts.PlaceHelp,
            AllowSkip = true,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> SaveAsync(WaterfallStepContext<Asked> step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        switch (step.Result)
        {
            case PromptSkipped:
                turn.SendText(FollowerTexts.PlaceSkipped);
                break;
            case PromptGaveUp:
                turn.SendText(FollowerTexts.PlaceGaveUp);
                break;
            default:
                var place = Recognize(_groups, turn.Activity.AccountId, step.ResultAs<string>())!;
                step.State.Tag = place.Tag;
                _replies.SavePlace(turn, place);
                break;
        }
        return step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The tag the answer chose.</summary>
    internal sealed class Asked
    {
        public string? Tag { get; set; }
    }
}
