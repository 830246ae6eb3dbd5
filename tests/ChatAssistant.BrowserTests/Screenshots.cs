using System.Text;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests;

/// <summary>
/// Full-page PNGs kept as test artifacts, so a reviewer (or CI's artifact store) sees the pages without running them:
/// in <c>SCREENSHOTS_DIR</c> when set, else in <c>artifacts/screenshots/</c> at the repository root.
/// </summary>
public static class Screenshots
{
    public const string DirectoryVariable = "SCREENSHOTS_DIR";

    private static readonly Lazy<string> Folder = new(() =>
        FolderFor(Environment.GetEnvironmentVariable(DirectoryVariable), AppContext.BaseDirectory));

    /// <summary>Where this run writes them.</summary>
    public static string Directory => Folder.Value;

    /// <summary>Saves the whole page as <c>name.png</c> (other characters than letters, digits, '.', '-', '_' become '-').</summary>
    /// <returns>The file written.</returns>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, FileName(name));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <param name="configured">The value of <see cref="DirectoryVariable"/>, if any.</param>
    /// <param name="start">A folder inside the repository (the test assembly's), walked up to ChatAssistant.sln.</param>
    public static string FolderFor(string? configured, string start)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ChatAssistant.sln")))
            {
                return Path.Combine(folder.FullName, "artifacts", "screenshots");
            }
        }
        // A test assembly copied out of the repository still leaves its pictures somewhere findable.
        return Path.Combine(Path.GetTempPath(), "chatassistant-screenshots");
    }

    public static string FileName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var safe = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }
        return safe.Append(".png").ToString();
    }
}
