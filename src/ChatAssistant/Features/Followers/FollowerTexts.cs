namespace ChatAssistant.Features.Followers;

/// <summary>Keys of the texts in <c>dialogs/texts/followers.yaml</c>.</summary>
public static class FollowerTexts
{
    public const string MenuTitle = "menu-followers";

    /// <summary>"Hiện bạn ở {place}.", before the question when the resident already set a place.</summary>
    public const string CurrentPlace = "followers-current-place";

    /// <summary>The question, above the account's numbered list.</summary>
    public const string AskPlace = "followers-ask-place";

    /// <summary>The question for an account without a list: any name is taken as typed.</summary>
    public const string AskPlaceTyped = "followers-ask-place-typed";

    /// <summary>The apology when the answer names no group of the list.</summary>
    public const string PlaceRetry = "followers-place-retry";

    /// <summary>The apology when the answer is not a group's name ("tổ …", "thôn …").</summary>
    public const string PlaceRetryTyped = "followers-place-retry-typed";

    public const string PlaceHelp = "help-followers-place";

    /// <summary>The place was stored: <c>{place}</c>.</summary>
    public const string PlaceSaved = "followers-place-saved";

    /// <summary>Added to <see cref="PlaceSaved"/> while notices are off.</summary>
    public const string NoticesStillOff = "followers-notices-still-off";

    public const string PlaceSkipped = "followers-place-skipped";

    public const string PlaceGaveUp = "followers-place-gave-up";

    public const string NoticesOff = "followers-notices-off";

    public const string NoticesOn = "followers-notices-on";

    /// <summary>Added to <see cref="NoticesOn"/> when the resident has not said where they live.</summary>
    public const string NoticesOnAskPlace = "followers-notices-on-ask-place";

    public static IEnumerable<string> All =>
    [
        MenuTitle, CurrentPlace, AskPlace, AskPlaceTyped, PlaceRetry, PlaceRetryTyped, PlaceHelp, PlaceSaved, NoticesStillOff,
        PlaceSkipped, PlaceGaveUp, NoticesOff, NoticesOn, NoticesOnAskPlace,
    ];
}
