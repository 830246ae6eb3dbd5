namespace ChatAssistant.Content;

/// <summary>The <c>Content</c> section: where the editable content (dialogs/) lives.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The dialogs folder. Empty: the repository's <c>dialogs/</c> when run from it, else the copy beside the program.</summary>
    public string? DialogsPath { get; set; }
}
