using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bench.Broadcasts;

/// <summary>The work folder of a run: given, or a new one under /tmp removed afterwards unless kept.</summary>
internal sealed class BenchFolder(string? given, bool keep) : IDisposable
{
    public string Path { get; } = CreateFolder(given);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (!keep && given is null)
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static string CreateFolder(string? given)
    {
        var path = given ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatassistant-broadcasts-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}
