using System.Net;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console.Dossiers;

public sealed class DossierImportPageTests : ConsoleTest
{
    private const string Csv = """
        ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu
        HS-2026-0001;Cấp thẻ căn cước lần đầu;Đang xử lý;05/03/2026;
        HS-2026-0002;Đăng ký thường trú;Đã có kết quả;06/03/2026;Mời đến nhận
        HS-2026-0003;Đăng ký tạm trú;Không biết;07/03/2026;
        HS-2026-0001;Cấp thẻ căn cước lần đầu;Đang xử lý;05/03/2026;
        ;Đăng ký tạm trú;Đang xử lý;07/03/2026;
        HS-2026-0004;Đăng ký tạm trú;Đang xử lý;32/13/2026;

        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_officer_imports_a_list_and_sees_the_counts_and_each_refused_row_in_vietnamese(bool tokenInHeader)
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);

        using var response = await DossierUpload.PostAsync(client, Service.BaseUrl, "/console/dossiers", $"/console/dossiers?oa={OaA}", Csv, tokenInHeader);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dossiers = Service.Services.GetRequiredService<DossierStore>();
        Assert.Equal(DossierStatus.Ready, dossiers.Find(OaA, "HS-2026-0002")?.Status);
        Assert.NotNull(dossiers.Find(OaA, "HS-2026-0001"));
        Assert.Null(dossiers.Find(OaA, "HS-2026-0003"));
        Assert.Contains("data-count=\"imported\">2<", html, StringComparison.Ordinal);
        Assert.Contains("data-count=\"rejected\">4<", html, StringComparison.Ordinal);
        Assert.Contains("Không rõ trạng thái", html, StringComparison.Ordinal);
        Assert.Contains("Mã này đã có ở dòng 2", html, StringComparison.Ordinal);
        Assert.Contains("Bỏ trống mã hồ sơ.", html, StringComparison.Ordinal);
        Assert.Contains("Không đọc được ngày", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Dòng\">4</td>", html, StringComparison.Ordinal);
        var detail = Service.Query<string>("SELECT detail FROM audit_log WHERE action = 'dossier.import' AND oa_id = @OaA", new { OaA });
        Assert.Contains("inserted=2", detail, StringComparison.Ordinal);
        Assert.Contains("rejected=4", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("HS-2026", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_that_is_no_phone_number_is_refused_in_vietnamese_without_being_repeated()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);

        using var response = await DossierUpload.PostAsync(client, Service.BaseUrl, "/console/dossiers", $"/console/dossiers?oa={OaA}",
            "ma_ho_so;thu_tuc;trang_thai;ngay;so_dien_thoai\nHS-2026-0001;Đăng ký tạm trú;Đang xử lý;05/03/2026;09123\nHS-2026-0002;Đăng ký tạm trú;Đang xử lý;05/03/2026;0912 345 678\n");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<td data-label=\"Cột\">Số điện thoại</td>", html, StringComparison.Ordinal);
        Assert.Contains("Không phải số điện thoại Việt Nam", html, StringComparison.Ordinal);
        Assert.DoesNotContain("09123", html, StringComparison.Ordinal);
        Assert.NotNull(Service.Services.GetRequiredService<DossierStore>().Find(OaA, "HS-2026-0002")?.PhoneTag);
    }

    [Fact]
    public async Task A_file_without_the_needed_columns_is_refused_with_a_vietnamese_message_and_nothing_stored()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);

        using var response = await DossierUpload.PostAsync(client, Service.BaseUrl, "/console/dossiers", $"/console/dossiers?oa={OaA}",
            "ma_ho_so;thu_tuc\nHS-2026-0001;Đăng ký tạm trú\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Thiếu cột trang_thai, ngay", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, Service.Query<long>("SELECT COUNT(*) FROM dossiers"));
    }

    [Fact]
    public async Task A_viewer_may_not_open_or_post_the_import()
    {
        var viewer = await SignedInAsAsync(OfficerRole.Viewer, OaA);
        var officer = await SignedInAsAsync(OfficerRole.Officer, OaA);
        var token = ConsoleClient.AntiforgeryToken(await officer.GetPageAsync("/console/dossiers"));

        using var page = await viewer.GetAsync("/console/dossiers");
        using var post = await viewer.PostWithTokenAsync($"/console/dossiers?oa={OaA}", [], token);

        Assert.Contains("/console/denied", page.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest);
        Assert.DoesNotContain("/console/sign-in", post.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'dossier.import'"));
    }

    [Fact]
    public async Task An_officer_of_account_b_gets_404_for_account_a_and_stores_nothing_there()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaB);

        using var page = await client.GetAsync($"/console/dossiers?oa={OaA}");
        using var post = await DossierUpload.PostAsync(client, Service.BaseUrl, "/console/dossiers", $"/console/dossiers?oa={OaA}", Csv);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, Service.Query<long>("SELECT COUNT(*) FROM dossiers"));
    }

    [Fact]
    public async Task The_sample_file_is_a_csv_the_import_accepts()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);
        using var sample = await client.GetAsync("/console/dossiers?handler=Sample");
        var csv = await sample.Content.ReadAsStringAsync();

        using var response = await DossierUpload.PostAsync(client, Service.BaseUrl, "/console/dossiers", $"/console/dossiers?oa={OaA}", csv);

        Assert.Equal("text/csv", sample.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-count=\"rejected\">0<", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, Service.Query<long>("SELECT COUNT(*) FROM dossiers"));
    }
}
