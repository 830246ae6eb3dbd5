using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;

namespace ChatAssistant.Features.Followers;

/// <summary>
/// Free text for the registry: "tắt thông báo", "bật thông báo", "đổi tổ dân phố", and "tôi ở tổ 5" stored at once.
/// Asked before the procedure catalogue, which would otherwise take "thông báo" for a procedure; only whole commands
/// and plain statements are claimed, so a question mentioning "tổ dân phố" still reaches the catalogue.
/// </summary>
internal sealed class FollowerQuestions(ResidentialGroups groups, FollowerReplies replies) : IQuestionAnswerer
{
    public int Order => 50;

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        switch (FollowerRequests.Recognize(text))
        {
            case FollowerRequest.NoticesOff:
                replies.SetNotices(dc.Context, off: true);
                return true;
            case FollowerRequest.NoticesOn:
                replies.SetNotices(dc.Context, off: false);
                return true;
            case FollowerRequest.AskPlace:
                await dc.BeginDialogAsync(PlaceDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
                return true;
        }
        if (PlaceRecognizer.Statement(text, groups.Of(dc.Context.Activity.AccountId)) is { } place)
        {
            replies.SavePlace(dc.Context, place);
            return true;
        }
        return false;
    }
}
