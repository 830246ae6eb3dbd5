using ChatAssistant.Content;

namespace ChatAssistant.Tests;

/// <summary>Files of the checkout the tests run from, found by walking up from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string DialogsFolder { get; } = FindDialogs();

    public static string Texts => Path.Combine(DialogsFolder, ResidentTexts.FileName);

    private static string FindDialogs()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, ResidentTexts.FileName)))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"No dialogs/{ResidentTexts.FileName} above {AppContext.BaseDirectory}.");
    }
}
