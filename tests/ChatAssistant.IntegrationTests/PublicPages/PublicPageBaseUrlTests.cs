using ChatAssistant.Features.Procedures;
using ChatAssistant.Host.PublicPages;

namespace ChatAssistant.IntegrationTests.PublicPages;

/// <summary>With PublicPages:BaseUrl configured, QR codes carry the published address, whatever host the request used.</summary>
public sealed class PublicPageBaseUrlTests : ZaloHostTest
{
    private static readonly PublicPagesOptions Published = new() { BaseUrl = new Uri("https://congan-phuong.example.vn/") };

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["PublicPages:BaseUrl"] = Published.BaseUrl!.AbsoluteUri,
    };

    [Fact]
    public async Task CodeCarriesThePublishedAddress()
    {
        using var response = await Service.Http.GetAsync(new Uri("/thu-tuc/xe-dang-ky/qr.png", UriKind.Relative));
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(ProcedureQrCode.Png(Published.PageOf("xe-dang-ky")!), png);
        Assert.NotEqual(ProcedureQrCode.Png(new Uri(Service.BaseUrl, "/thu-tuc/xe-dang-ky")), png);
        Assert.Empty(response.Headers.Vary);
    }

    [Fact]
    public async Task BoardCarriesThePublishedAddress()
    {
        var board = await Service.Http.GetStringAsync(new Uri("/thu-tuc/bang-qr?field=xe", UriKind.Relative));
        var published = Convert.ToBase64String(ProcedureQrCode.Png(Published.PageOf("xe-dang-ky")!, QrBoardPage.PixelsPerModule));

        Assert.Contains("data:image/png;base64," + published, board, StringComparison.Ordinal);
    }
}
