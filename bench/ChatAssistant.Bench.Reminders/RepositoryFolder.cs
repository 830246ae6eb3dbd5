namespace ChatAssistant.Bench.Reminders;

/// <summary>The checkout the benchmark runs from: the folder above the binaries that holds dialogs/.</summary>
internal static class RepositoryFolder
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "dialogs", "texts.yaml")))
                {
                    return folder.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("No checkout with dialogs/texts.yaml above the working directory.");
    }
}
