using System.Text;
using ChatAssistant.Content;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Tests.Features.Procedures;

/// <summary>The catalogue loads strictly: the repository's content is complete, and every slip names its file and line.</summary>
public sealed class ProcedureCatalogueTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>One valid procedure block, 18 lines, with <paramref name="id"/>; a test replaces one line to break it.</summary>
    private static string Block(string id) => $"""
          - id: {id}
            code: null
            name: Thủ tục {id}
            aliases: [{id.Replace('-', ' ')}]
            situations: []
            who: Công dân.
            documents:
              - name: Tờ khai
                form: CT01
                copies: 1
                note: null
            fee:
              text: Miễn phí.
              exemptions: []
              confirmed: true
            time_limit: Không quá 7 ngày làm việc.
            where: [commune-police]
            online:
              url: https://dichvucong.bocongan.gov.vn
              note: null
            bookable: true
            legal_basis: [Luật số 1]
            checked_on: 2026-11-22
            notes: null

        """;

    private string WriteCatalogue(Func<string, string>? tamper = null, string field = "mau")
    {
        var text = new StringBuilder($"field: {field}\nname: Mẫu\nprocedures:\n");
        foreach (var id in ProcedureCatalogue.RequiredIds)
        {
            text.Append(Block(id));
        }
        var yaml = tamper is null ? text.ToString() : tamper(text.ToString());
        File.WriteAllText(_folder.File("mau.yaml"), yaml);
        return _folder.Path;
    }

    [Fact]
    public void RepositoryCatalogueHasEveryRequiredProcedure()
    {
        var catalogue = ProcedureCatalogue.Load(Path.Combine(RepositoryFiles.DialogsFolder, ProcedureCatalogue.FolderName));

        Assert.All(ProcedureCatalogue.RequiredIds, id => Assert.NotNull(catalogue.Find(id)));
        Assert.All(catalogue.Procedures, p => Assert.NotEmpty(p.Documents));
        Assert.DoesNotContain(catalogue.Procedures, p => (p.Notes ?? "").Contains("công an huyện", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ValidCatalogueLoadsEveryField()
    {
        var catalogue = ProcedureCatalogue.Load(WriteCatalogue());

        var procedure = catalogue.Find("xe-sang-ten")!;
        Assert.Equal("mau", procedure.FieldId);
        Assert.Equal("CT01", procedure.Documents[0].Form);
        Assert.Equal(1, procedure.Documents[0].Copies);
        Assert.Equal(new DateOnly(2026, 11, 22), procedure.CheckedOn);
        Assert.Equal(new Uri("https://dichvucong.bocongan.gov.vn"), procedure.Online?.Url);
    }

    [Theory]
    [InlineData("    where: [commune-police]", "    where: [cong-an-huyen]", "cong-an-huyen", 20)]
    [InlineData("    checked_on: 2026-11-22", "    checked_on: 22/11/2026", "yyyy-mm-dd", 26)]
    [InlineData("    bookable: true", "    bookable: có", "true or false", 24)]
    [InlineData("    notes: null", "    notes: null\n    note: typo", "unknown key 'note'", 28)]
    [InlineData("    time_limit: Không quá 7 ngày làm việc.\n", "", "time_limit is missing", 4)]
    [InlineData("      url: https://dichvucong.bocongan.gov.vn", "      url: dichvucong", "full web address", 22)]
    [InlineData("        copies: 1", "        copies: một", "whole number", 13)]
    public void SlipInTheFirstProcedureIsReportedOnItsLine(string line, string replacement, string expected, int expectedLine)
    {
        var folder = WriteCatalogue(yaml =>
        {
            var at = yaml.IndexOf(line, StringComparison.Ordinal);
            return yaml[..at] + replacement + yaml[(at + line.Length)..];
        });

        var ex = Assert.Throws<ContentException>(() => ProcedureCatalogue.Load(folder));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("mau.yaml", ex.File, StringComparison.Ordinal);
        Assert.Equal(expectedLine, ex.Line);
    }

    [Fact]
    public void DuplicateIdIsRefused()
    {
        var folder = WriteCatalogue(yaml => yaml + Block("xe-dang-ky"));

        var ex = Assert.Throws<ContentException>(() => ProcedureCatalogue.Load(folder));

        Assert.Contains("'xe-dang-ky' is also used", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredProcedureIsNamed()
    {
        var folder = WriteCatalogue(yaml => yaml.Replace("- id: ly-lich-tu-phap", "- id: ly-lich-khac", StringComparison.Ordinal));

        var ex = Assert.Throws<ContentException>(() => ProcedureCatalogue.Load(folder));

        Assert.Contains("lacks required procedure(s): ly-lich-tu-phap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldMustMatchItsFileName()
    {
        var folder = WriteCatalogue(field: "khac");

        var ex = Assert.Throws<ContentException>(() => ProcedureCatalogue.Load(folder));

        Assert.Contains("must match the file name", ex.Message, StringComparison.Ordinal);
    }
}
