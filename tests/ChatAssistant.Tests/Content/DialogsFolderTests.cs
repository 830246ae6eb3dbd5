using ChatAssistant.Content;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Content;

public sealed class DialogsFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static DialogsFolder Folder(string? path) => new(Options.Create(new ContentOptions { DialogsPath = path }));

    [Fact]
    public void ConfiguredFolderThatDoesNotExistIsRefusedNamingTheSetting()
    {
        var missing = _folder.File("no-such-dialogs");

        var ex = Assert.Throws<InvalidOperationException>(() => Folder(missing));

        Assert.Contains("Content:DialogsPath", ex.Message, StringComparison.Ordinal);
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredFolderIsUsedAsAFullPath()
    {
        Assert.Equal(_folder.Path, Folder(_folder.Path).Path);
        Assert.Equal(Path.GetFullPath(RepositoryFiles.DialogsFolder), Folder(RepositoryFiles.DialogsFolder + "/../dialogs").Path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void WithoutASettingTheCheckoutsDialogsFolderIsFound(string? path)
    {
        var found = Folder(path).Path;

        Assert.True(File.Exists(Path.Combine(found, ResidentTexts.FileName)), found);
    }

    public void Dispose() => _folder.Dispose();
}
