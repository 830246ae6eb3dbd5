using ChatAssistant.Content;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Content;

public sealed class ResidentTextsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Write(string yaml)
    {
        var file = _folder.File(ResidentTexts.FileName);
        File.WriteAllText(file, yaml);
        return file;
    }

    // Every key the code requires, one line each, welcome first.
    private static readonly string Valid = "welcome: Xin chào!\n" +
        string.Join("\n", ResidentTexts.Required.Where(k => k != ResidentTexts.Welcome).Select(k => $"{k}: Văn bản {k}."));

    private static int ValidLines => ResidentTexts.Required.Count;

    [Fact]
    public void RepositoryTextsHaveEveryRequiredKey()
    {
        var texts = ResidentTexts.Load(RepositoryFiles.Texts);

        Assert.All(ResidentTexts.Required, key => Assert.False(string.IsNullOrWhiteSpace(texts.Get(key)), key));
        Assert.StartsWith("Xin chào", texts.Get(ResidentTexts.Welcome), StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryTextsLoadThroughTheDialogsFolder()
    {
        var folder = new DialogsFolder(Options.Create(new ContentOptions { DialogsPath = RepositoryFiles.DialogsFolder }));

        var texts = ResidentTexts.Load(folder);

        Assert.Equal(ResidentTexts.Load(RepositoryFiles.Texts).Get(ResidentTexts.TurnFailed), texts.Get(ResidentTexts.TurnFailed));
    }

    [Fact]
    public void BlockTextKeepsItsLinesWithoutTheTrailingNewline()
    {
        var texts = ResidentTexts.Load(Write(Valid.Replace("welcome: Xin chào!", "welcome: |\n  Xin chào!\n  Bạn cần hỗ trợ việc gì?", StringComparison.Ordinal)));

        Assert.Equal("Xin chào!\nBạn cần hỗ trợ việc gì?", texts.Get(ResidentTexts.Welcome));
    }

    [Fact]
    public void BrokenYamlNamesTheFileAndTheLine()
    {
        var file = Write("""
            welcome: Xin chào!
            not-understood: "Xin lỗi
            turn-failed: Xin lỗi.
            """);

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal(file, ex.File);
        Assert.StartsWith($"{file}:{ex.Line}: not valid YAML", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Theory]
    [InlineData("welcome: Xin chào!\nnot-understood: a: b\nturn-failed: c\n", 2)]
    [InlineData("welcome: Xin chào!\nnot-understood Xin lỗi.\nturn-failed: c\n", 2)]
    [InlineData("welcome: Xin chào!\nnot-understood: a\nturn-failed: \"Xin lỗi\n", 3)]
    [InlineData("welcome: \"Xin \\q chào\"\nnot-understood: a\nturn-failed: c\n", 1)]
    [InlineData("welcome: *greeting\nnot-understood: a\nturn-failed: c\n", 1)]
    public void TypicalSlipsAreReportedOnTheirLine(string yaml, int line)
    {
        var file = Write(yaml);

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal((file, line), (ex.File, ex.Line));
    }

    [Fact]
    public void UnclosedBracketIsReportedOnItsLine()
    {
        var file = Write("""
            welcome: [Xin chào
            not-understood: Xin lỗi.
            turn-failed: Xin lỗi.
            """);

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal((file, 1), (ex.File, ex.Line));
    }

    [Fact]
    public void BadIndentationIsReportedOnItsLine()
    {
        var file = Write("""
            welcome: Xin chào!
            not-understood: Xin lỗi.
               turn-failed: Xin lỗi.
            """);

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void EmptyTextNamesItsKeyAndLine()
    {
        var file = Write("""
            # comment
            welcome: Xin chào!

            not-understood: "  "
            turn-failed: Xin lỗi.
            """);

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal(4, ex.Line);
        Assert.Contains("'not-understood' is empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyWithNothingAfterItCountsAsEmpty()
    {
        var file = Write("""
            welcome: Xin chào!
            not-understood: Xin lỗi.
            turn-failed:
            """);

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal(3, ex.Line);
        Assert.Contains("'turn-failed'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredTextIsNamed()
    {
        var file = Write(string.Join("\n", Valid.Split('\n').Where(line => !line.StartsWith("not-understood:", StringComparison.Ordinal))));

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Contains("missing text(s): not-understood", ex.Message, StringComparison.Ordinal);
        Assert.Equal(file, ex.File);
    }

    [Fact]
    public void NestedEntryIsRefusedOnItsLine()
    {
        var file = Write(Valid + "\nmenu:\n  - one\n  - two\n");

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal(ValidLines + 1, ex.Line);
        Assert.Contains("'key: text'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("- a list\n- not a map\n")]
    [InlineData("just a sentence")]
    public void FileThatIsNotAMapOfTextsIsRefused(string yaml)
    {
        var file = Write(yaml);

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void DuplicateKeyIsReportedOnItsSecondLine()
    {
        var file = Write(Valid + "\nwelcome: Chào lần nữa\n");

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load(file));

        Assert.Equal(ValidLines + 1, ex.Line);
    }

    [Fact]
    public void UnknownKeyAskedByTheCodeIsReportedByName()
    {
        var texts = ResidentTexts.Load(Write(Valid));

        var ex = Assert.Throws<KeyNotFoundException>(() => texts.Get("booking-confirmed"));

        Assert.Contains("booking-confirmed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeatureTextFilesBesideTheMainFileAreLoadedToo()
    {
        Write(Valid);
        Directory.CreateDirectory(_folder.File(ResidentTexts.FeatureFolderName));
        File.WriteAllText(Path.Combine(_folder.File(ResidentTexts.FeatureFolderName), "dossiers.yaml"), "dossier-found: Hồ sơ {code} đã có kết quả.\n");

        var texts = ResidentTexts.Load(new DialogsFolder(Options.Create(new ContentOptions { DialogsPath = _folder.Path })), ["dossier-found"]);

        Assert.Equal("Hồ sơ {code} đã có kết quả.", texts.Get("dossier-found"));
    }

    [Fact]
    public void KeyDefinedInTwoFilesNamesTheFirstFile()
    {
        var main = Write(Valid);
        var feature = _folder.File("feature.yaml");
        File.WriteAllText(feature, "# Văn bản của một tính năng\nwelcome: Chào lần nữa\n");

        var ex = Assert.Throws<ContentException>(() => ResidentTexts.Load([main, feature]));

        Assert.Equal((feature, 2), (ex.File, ex.Line));
        Assert.Contains(main, ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
