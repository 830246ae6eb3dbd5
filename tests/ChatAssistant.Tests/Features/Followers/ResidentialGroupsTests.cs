using ChatAssistant.Content;
using ChatAssistant.Features.Followers;

namespace ChatAssistant.Tests.Features.Followers;

public sealed class ResidentialGroupsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private const string Valid = """
        accounts:
          - oa_id: "111"
            groups:
              - name: Tổ dân phố 1
                kind: group
                words: [khu phố 1]
              - name: Thôn Đông
                kind: village
                words: null
        """;

    public void Dispose() => _folder.Dispose();

    private string Write(string yaml)
    {
        var file = _folder.File(ResidentialGroups.FileName);
        File.WriteAllText(file, yaml);
        return file;
    }

    [Fact]
    public void RepositoryFileListsTheDevelopmentAccountsGroupsAndVillages()
    {
        var groups = ResidentialGroups.Load(Path.Combine(RepositoryFiles.DialogsFolder, ResidentialGroups.FileName)).Of("388613280878808645");

        Assert.Contains(groups, g => g.Kind == PlaceKind.Group);
        Assert.Contains(groups, g => g.Kind == PlaceKind.Village);
    }

    [Fact]
    public void GroupsKeepTheirOrderAndAnAccountWithoutAListHasNone()
    {
        var groups = ResidentialGroups.Load(Write(Valid));

        Assert.Equal(["to dan pho 1", "thon dong"], groups.Of("111").Select(g => g.Tag));
        Assert.Equal(["to dan pho 1", "khu pho 1"], groups.Of("111")[0].Phrases);
        Assert.Empty(groups.Of("999"));
        Assert.Equal(PlaceKind.Village, groups.KindOf("111", "thon dong"));
        Assert.Equal(PlaceKind.Group, groups.KindOf("999", "to dan pho 9"));
    }

    [Theory]
    [InlineData("kind: village", "kind: hamlet", 8, "'group'")]
    [InlineData("words: null", "words: [TDP 1]", 9, "already names 'Tổ dân phố 1'")]
    [InlineData("words: null", "words: null\n        note: x", 10, "unknown key 'note'")]
    [InlineData("name: Thôn Đông", "name: \"!!\"", 7, "letters or digits")]
    public void MistakeIsReportedOnItsLine(string correct, string mistake, int line, string expected)
    {
        var ex = Assert.Throws<ContentException>(() => ResidentialGroups.Load(Write(Valid.Replace(correct, mistake, StringComparison.Ordinal))));

        Assert.Equal(line, ex.Line);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountListedTwiceIsRefused()
    {
        var twice = Valid + "\n" + Valid.Split('\n', 2)[1];

        var ex = Assert.Throws<ContentException>(() => ResidentialGroups.Load(Write(twice)));

        Assert.Contains("listed twice", ex.Message, StringComparison.Ordinal);
    }
}
