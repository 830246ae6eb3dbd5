using ChatAssistant.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Fills what the configuration left out: the media folder beside the database, the default types and hosts.</summary>
internal sealed class EvidenceDefaults(SqliteConnectionFactory connections) : IPostConfigureOptions<EvidenceOptions>
{
    public const string FolderName = "tipoff-media";

    public void PostConfigure(string? name, EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.MediaFolder))
        {
            options.MediaFolder = connections.DataSource is "" or ":memory:"
                // An in-memory database dies with the process; its files need not outlive it either.
                ? Path.Combine(Path.GetTempPath(), "chatassistant-" + FolderName, Guid.NewGuid().ToString("N"))
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(connections.DataSource)) ?? ".", FolderName);
        }
        options.MediaFolder = Path.GetFullPath(options.MediaFolder);
        Fill(options.AllowedContentTypes, EvidenceOptions.DefaultContentTypes);
        Fill(options.AllowedHosts, EvidenceOptions.DefaultHosts);
    }

    private static void Fill(IList<string> list, IReadOnlyList<string> defaults)
    {
        if (list.Count > 0)
        {
            return;
        }
        foreach (var item in defaults)
        {
            list.Add(item);
        }
    }
}
