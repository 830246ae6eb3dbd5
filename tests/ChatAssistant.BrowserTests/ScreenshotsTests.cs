namespace ChatAssistant.BrowserTests;

public sealed class ScreenshotsTests
{
    [Fact]
    public void ScreenshotsDirWinsWhenSet()
    {
        var folder = Path.Combine(Path.GetTempPath(), "shots");

        Assert.Equal(folder, Screenshots.FolderFor(folder, AppContext.BaseDirectory));
    }

    [Fact]
    public void OtherwiseThePicturesGoToArtifactsAtTheRepositoryRoot()
    {
        var folder = Screenshots.FolderFor(null, AppContext.BaseDirectory);

        Assert.EndsWith(Path.Combine("artifacts", "screenshots"), folder, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "..", "..", "ChatAssistant.sln")), folder);
    }

    [Theory]
    [InlineData("queue-desk", "queue-desk.png")]
    [InlineData("QueueTests.CallNext.failed", "QueueTests.CallNext.failed.png")]
    [InlineData("hàng đợi/../x", "h-ng---i-..-x.png")]
    public void NamesBecomeSafeFileNames(string name, string file)
    {
        Assert.Equal(file, Screenshots.FileName(name));
    }
}
