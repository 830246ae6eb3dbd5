using Microsoft.Extensions.Options;

namespace ChatAssistant.Content;

/// <summary>Finds the dialogs folder: configured, or the repository's when run from a checkout.</summary>
public sealed class DialogsFolder
{
    public DialogsFolder(IOptions<ContentOptions> options)
    {
        Path = Resolve(options.Value.DialogsPath);
    }

    public string Path { get; }

    private static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = System.IO.Path.GetFullPath(configured);
            return Directory.Exists(full)
                ? full
                : throw new InvalidOperationException($"Content:DialogsPath points to '{full}', which does not exist.");
        }
        // Walking up from the working directory finds the checkout's dialogs/ under `dotnet run`;
        // the copy beside the program serves a published build.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = System.IO.Path.Combine(folder.FullName, "dialogs");
                if (File.Exists(System.IO.Path.Combine(candidate, ResidentTexts.FileName)))
                {
                    return candidate;
                }
            }
        }
        throw new InvalidOperationException(
            $"No dialogs folder with {ResidentTexts.FileName} was found above '{Directory.GetCurrentDirectory()}'. Set Content:DialogsPath.");
    }
}
