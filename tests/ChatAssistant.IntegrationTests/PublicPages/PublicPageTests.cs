using System.Net;
using ChatAssistant.Features.Procedures;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.PublicPages;

/// <summary>GET /thu-tuc/{id} and /thu-tuc on the real host and the repository's catalogue: what a resident reads after scanning.</summary>
public sealed class PublicPageTests : ZaloHostTest
{
    private ProcedureCatalogue Catalogue => Service.Services.GetRequiredService<ProcedureCatalogue>();

    private async Task<string> PageAsync(string path)
    {
        using var response = await Service.Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task PageShowsWhatToBringTheFeeAndWhereToFile()
    {
        var html = await PageAsync("/thu-tuc/can-cuoc-cap-lan-dau");

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Cấp thẻ căn cước lần đầu</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Tờ khai căn cước</strong><span class=\"meta\"> (Mẫu CC01, 1 bản)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Phiếu cập nhật, chỉnh sửa thông tin dân cư</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Chỉ khi thông tin cá nhân cần cập nhật, chỉnh sửa.", html, StringComparison.Ordinal);
        Assert.Contains("<p>Miễn phí khi cấp lần đầu.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Không quá 7 ngày làm việc.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Công an cấp xã (phường, xã, đặc khu)</li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://dichvucong.bocongan.gov.vn/\"", html, StringComparison.Ordinal);
        Assert.Contains("Luật Căn cước số 26/2023/QH15", html, StringComparison.Ordinal);
        Assert.Contains("Thông tin kiểm tra ngày 22/11/2026.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng hỏi lại cán bộ tại nơi tiếp nhận hồ sơ", html, StringComparison.Ordinal);
        // A confirmed fee carries no warning.
        Assert.DoesNotContain("class=\"warn\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryDocumentOfEveryProcedureIsListed()
    {
        foreach (var procedure in Catalogue.Procedures)
        {
            var html = await PageAsync("/thu-tuc/" + procedure.Id);

            Assert.Equal(procedure.Documents.Count, html.Split("<li><strong>").Length - 1);
            Assert.All(procedure.Where, kind => Assert.Contains(OfficeKinds.Label(kind), html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task UnconfirmedFeeTellsTheResidentToCheckAtTheOffice()
    {
        var unconfirmed = Catalogue.Procedures.First(p => !p.Fee.Confirmed);

        var html = await PageAsync("/thu-tuc/" + unconfirmed.Id);

        Assert.Contains("<p class=\"warn\">Mức phí này chưa được đối chiếu với văn bản.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageNeedsNoScriptAndNothingFromElsewhere()
    {
        var html = await PageAsync("/thu-tuc/xe-dang-ky");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProcedureGetsAFriendlyNotFoundPage()
    {
        using var response = await Service.Http.GetAsync(new Uri("/thu-tuc/khong-co-thu-tuc-nay", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy thủ tục", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/thu-tuc\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedVisitIsAnsweredNotModified()
    {
        using var first = await Service.Http.GetAsync(new Uri("/thu-tuc/ho-chieu-cap", UriKind.Relative));
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/thu-tuc/ho-chieu-cap");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var again = await Service.Http.SendAsync(request);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/thu-tuc/ho-chieu-bao-mat");
        other.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var otherPage = await Service.Http.SendAsync(other);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherPage.StatusCode);
    }

    [Fact]
    public async Task ListLinksEveryProcedureUnderItsField()
    {
        var html = await PageAsync("/thu-tuc");

        Assert.All(Catalogue.Fields, field => Assert.Contains($"<h2>{field.Name}</h2>", html, StringComparison.Ordinal));
        Assert.All(Catalogue.Procedures, p => Assert.Contains($"<a href=\"/thu-tuc/{p.Id}\">{p.Name}</a>", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesForbidScriptsInTheBrowserToo()
    {
        using var response = await Service.Http.GetAsync(new Uri("/thu-tuc/xe-dang-ky", UriKind.Relative));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }
}
