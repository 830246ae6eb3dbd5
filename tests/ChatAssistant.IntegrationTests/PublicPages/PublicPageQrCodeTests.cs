using System.Buffers.Binary;
using System.Net;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Host.PublicPages;
using Microsoft.AspNetCore.Http;

namespace ChatAssistant.IntegrationTests.PublicPages;

/// <summary>GET /thu-tuc/{id}/qr.png: a PNG of the page's address, from the request's address when no base URL is configured.</summary>
public sealed class PublicPageQrCodeTests : ZaloHostTest
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, which always follows the signature.</summary>
    internal static (int Width, int Height) SizeOf(byte[] png)
    {
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private async Task<byte[]> QrAsync(string query = "")
    {
        using var response = await Service.Http.GetAsync(new Uri("/thu-tuc/xe-dang-ky/qr.png" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task CodeIsASquarePngOfWholeModules()
    {
        var (width, height) = SizeOf(await QrAsync());

        Assert.Equal(width, height);
        Assert.Equal(0, width % ProcedureQrCode.DefaultPixelsPerModule);
        // Version 1 is 21 modules; with its quiet zone no code is smaller than 29.
        Assert.InRange(width / ProcedureQrCode.DefaultPixelsPerModule, 29, 80);
    }

    [Fact]
    public async Task SizeScalesTheModulesWithinLimits()
    {
        var modules = SizeOf(await QrAsync()).Width / ProcedureQrCode.DefaultPixelsPerModule;

        Assert.Equal(modules * 4, SizeOf(await QrAsync("?size=4")).Width);
        Assert.Equal(modules * ProcedureQrCode.MaxPixelsPerModule, SizeOf(await QrAsync("?size=100000")).Width);
        Assert.Equal(modules * ProcedureQrCode.MinPixelsPerModule, SizeOf(await QrAsync("?size=0")).Width);
    }

    [Fact]
    public async Task WithoutBaseUrlTheCodeCarriesTheAddressTheRequestCameIn()
    {
        var expected = ProcedureQrCode.Png(new Uri(Service.BaseUrl, "/thu-tuc/xe-dang-ky"));

        Assert.Equal(expected, await QrAsync());
    }

    [Fact]
    public async Task UnknownProcedureHasNoCode()
    {
        using var response = await Service.Http.GetAsync(new Uri("/thu-tuc/khong-co/qr.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void ConfiguredBaseUrlWinsOverTheRequestHost()
    {
        var request = Request("10.0.0.5:8080");
        var options = new PublicPagesOptions { BaseUrl = new Uri("https://congan-phuong.example.vn/tinh") };

        Assert.Equal("https://congan-phuong.example.vn/tinh/thu-tuc/xe-dang-ky", PublicPageAddress.Of("xe-dang-ky", options, request).AbsoluteUri);
        Assert.Equal("http://10.0.0.5:8080/thu-tuc/xe-dang-ky", PublicPageAddress.Of("xe-dang-ky", new PublicPagesOptions(), request).AbsoluteUri);
    }

    [Fact]
    public void AddressFromTheRequestKeepsItsPathBase()
    {
        var request = Request("ca.local");
        request.PathBase = "/cong-an";

        Assert.Equal("http://ca.local/cong-an/thu-tuc/ho-chieu-cap", PublicPageAddress.Of("ho-chieu-cap", new PublicPagesOptions(), request).AbsoluteUri);
        Assert.Equal("/cong-an/thu-tuc", PublicPageAddress.PagesRoot(request));
    }

    private static HttpRequest Request(string host)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString(host);
        return request;
    }
}
