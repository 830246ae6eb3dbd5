using ChatAssistant.Content;
using ChatAssistant.Testing;
using ChatAssistant.Understanding;

namespace ChatAssistant.Tests.Understanding;

public sealed class IntentExamplesTests : IDisposable
{
    // A copy of the repository's dialogs/ each test may break.
    private readonly string _dialogs = RepositoryDialogs.CopyTo(Path.Combine(Path.GetTempPath(), "nlu-" + Guid.NewGuid().ToString("N")));

    private string Nlu => Path.Combine(_dialogs, IntentExamples.FolderName);

    [Fact]
    public void TheRepositorysExamplesCoverEveryIntent()
    {
        var examples = IntentExamples.Load(Path.Combine(RepositoryDialogs.Folder, IntentExamples.FolderName));
        Assert.All(Intents.All, intent => Assert.True(examples.All.Count(e => e.Intent == intent) >= 20, intent));
    }

    [Fact]
    public void AnUnknownIntentNamesTheFileAndLine()
    {
        File.WriteAllText(Path.Combine(Nlu, "zz.yaml"), "# comment\nintent: book_taxi\nexamples:\n  - goi taxi\n");
        var error = Assert.Throws<ContentException>(() => IntentExamples.Load(Nlu));
        Assert.EndsWith("zz.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Contains("book_taxi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExampleTaughtToTwoIntentsIsRefusedWithBothPlaces()
    {
        File.WriteAllText(Path.Combine(Nlu, "zz.yaml"), "intent: thanks\nexamples:\n  - xin chào\n");
        var error = Assert.Throws<ContentException>(() => IntentExamples.Load(Nlu));
        Assert.Equal(3, error.Line);
        Assert.Contains("greet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyExampleIsRefused()
    {
        File.WriteAllText(Path.Combine(Nlu, "zz.yaml"), "intent: thanks\nexamples:\n  - cảm ơn nhé ad\n  - \"!!!\"\n");
        var error = Assert.Throws<ContentException>(() => IntentExamples.Load(Nlu));
        Assert.Equal(4, error.Line);
    }

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);
}
