using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;

namespace ChatAssistant.Features.Followers;

/// <summary>Stores what the resident set in chat and says so, from the question and from free text alike.</summary>
public sealed class FollowerReplies(FollowerRegistry registry, FollowerPreferences preferences)
{
    /// <summary>Stores the place and confirms it, with how to change it and how to stop notices.</summary>
    public void SavePlace(ITurnContext turn, Place place)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(place);
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        turn.Save((connection, transaction) => preferences.SetPlace(connection, transaction, oaId, userId, place));
        var saved = turn.Texts.Get(FollowerTexts.PlaceSaved, ("place", place.Label));
        turn.Send(OutboundMessage.FromText(registry.Find(oaId, userId)?.NoticesOff == true
            ? saved + "\n" + turn.Texts.Get(FollowerTexts.NoticesStillOff)
            : saved));
    }

    /// <summary>Turns notices off or on; answers in chat are never affected, and the reply says so.</summary>
    public void SetNotices(ITurnContext turn, bool off)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (oaId, userId) = (turn.Activity.AccountId, turn.Activity.UserId);
        turn.Save((connection, transaction) => preferences.SetNoticesOff(connection, transaction, oaId, userId, off));
        if (off)
        {
            turn.SendText(FollowerTexts.NoticesOff);
            return;
        }
        var on = turn.Texts.Get(FollowerTexts.NoticesOn);
        turn.Send(OutboundMessage.FromText(registry.PlacesOf(oaId, userId).Count == 0
            ? on + "\n" + turn.Texts.Get(FollowerTexts.NoticesOnAskPlace)
            : on));
    }

    /// <summary>"Tổ dân phố 5, Thôn Đông", or null when the resident has not said.</summary>
    public string? CurrentPlaces(string oaId, string userId) =>
        registry.PlacesOf(oaId, userId) is { Count: > 0 } places ? string.Join(", ", places.Select(p => p.Label)) : null;
}
