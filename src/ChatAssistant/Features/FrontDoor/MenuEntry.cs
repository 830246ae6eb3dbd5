using ChatAssistant.Conversation.Dialogs;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>A line of the main menu, registered by the feature it opens.</summary>
/// <param name="TitleTextKey">The catalogue key of the line's title.</param>
/// <param name="Order">Position in the menu; lower comes first.</param>
/// <param name="Keywords">Folded phrases (no diacritics) that open the feature from free text.</param>
/// <param name="Open">Begins the feature's dialog or answers directly.</param>
/// <param name="Intents">The intents (see <c>Understanding.Intents</c>) that open this line when the understanding layer is sure of one.</param>
public sealed record MenuEntry(
    string TitleTextKey,
    int Order,
    IReadOnlyList<string> Keywords,
    Func<DialogContext, CancellationToken, Task> Open,
    IReadOnlyList<string>? Intents = null);
