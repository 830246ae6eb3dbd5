using ChatAssistant.Testing;
using System.Net;

namespace ChatAssistant.IntegrationTests.PublicPages;

/// <summary>The catalogue is edited by hand: markup typed into it is shown as text, never obeyed, on every public page.</summary>
public sealed class PublicPageEscapingTests : ZaloHostTest
{
    private const string Name = """Cấp thẻ <b>căn cước</b> & "lần đầu" """;
    private const string Note = "<script>alert(1)</script>";

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Content:DialogsPath"] = DialogsWithMarkup(),
    };

    private string DialogsWithMarkup()
    {
        var dialogs = RepositoryDialogs.CopyTo(Path.Combine(Folder.Path, "dialogs"));
        var file = Path.Combine(dialogs, "procedures", "can-cuoc.yaml");
        var yaml = File.ReadAllText(file);
        var changed = yaml
            .Replace("    name: Cấp thẻ căn cước lần đầu\n", $"    name: '{Name.Trim()}'\n", StringComparison.Ordinal)
            .Replace("note: Cán bộ có thể in sẵn từ Cơ sở dữ liệu quốc gia về dân cư.", $"note: '{Note}'", StringComparison.Ordinal)
            .Replace("text: Miễn phí khi cấp lần đầu.", "text: 'Dưới 14 tuổi < 0 đồng'", StringComparison.Ordinal);
        Assert.NotEqual(yaml, changed);
        File.WriteAllText(file, changed);
        return dialogs;
    }

    private async Task<string> GetAsync(string path)
    {
        using var response = await Service.Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task MarkupInTheCatalogueIsShownAsTextOnThePage()
    {
        var html = await GetAsync("/thu-tuc/can-cuoc-cap-lan-dau");

        Assert.Contains("<h1>Cấp thẻ &lt;b&gt;căn cước&lt;/b&gt; &amp; &quot;lần đầu&quot;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Cấp thẻ &lt;b&gt;căn cước&lt;/b&gt; &amp; &quot;lần đầu&quot; – ", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<p>Dưới 14 tuổi &lt; 0 đồng</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInTheCatalogueIsShownAsTextOnTheListAndTheBoard()
    {
        var list = await GetAsync("/thu-tuc");
        var board = await GetAsync("/thu-tuc/bang-qr?field=can-cuoc");

        Assert.Contains(">Cấp thẻ &lt;b&gt;căn cước&lt;/b&gt; &amp; &quot;lần đầu&quot;</a>", list, StringComparison.Ordinal);
        Assert.Contains("alt=\"Mã QR: Cấp thẻ &lt;b&gt;căn cước&lt;/b&gt; &amp; &quot;lần đầu&quot;\"", board, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", list + board, StringComparison.Ordinal);
    }
}
