namespace ChatAssistant.Testing;

/// <summary>The checkout's dialogs/ folder, found by walking up from the test binaries, and copies of it a test may edit.</summary>
public static class RepositoryDialogs
{
    public static string Folder { get; } = Find();

    /// <summary>Copies every file of dialogs/ into <paramref name="target"/> and returns it.</summary>
    public static string CopyTo(string target)
    {
        foreach (var source in Directory.GetFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Folder, source));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(source, copy, overwrite: true);
        }
        return target;
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, "texts.yaml")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No dialogs/texts.yaml above {AppContext.BaseDirectory}.");
    }
}
