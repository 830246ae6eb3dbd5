using ChatAssistant.Testing;
using ChatAssistant.Understanding;

namespace ChatAssistant.Bench.Understanding;

/// <summary>The repository's intent examples, as the service loads them.</summary>
internal static class BenchExamples
{
    public static IntentExamples Load() => IntentExamples.Load(Path.Combine(RepositoryDialogs.Folder, IntentExamples.FolderName));
}
