using ChatAssistant.Content;
using ChatAssistant.Testing;

namespace ChatAssistant.Tests;

/// <summary>Files of the checkout the tests run from, found by walking up from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string DialogsFolder => RepositoryDialogs.Folder;

    public static string Texts => Path.Combine(DialogsFolder, ResidentTexts.FileName);
}
