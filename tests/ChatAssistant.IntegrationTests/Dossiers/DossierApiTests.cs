using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatAssistant.IntegrationTests.Officers;

namespace ChatAssistant.IntegrationTests.Dossiers;

/// <summary>Officers upload result lists (a text/csv body or a multipart file) and read dossiers, for their own accounts only.</summary>
public sealed class DossierApiTests : OfficerApiTest
{
    private const string List = """
        ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu
        G01.123-240101-0001;Đăng ký tạm trú;Đã có kết quả;05/01/2024;Nhận tại quầy số 2
        G01.123-240101-0002;Cấp đổi căn cước;processing;2024-01-06;
        G01.123-240101-0003;Cấp đổi căn cước;chưa rõ;2024-01-06;
        """;

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");

    private static MultipartFormDataContent Form(string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { new StringContent("danh sách tháng 1"), "description" }, { file, "file", "ket-qua.csv" } };
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task ImportWithoutAKeyIsUnauthorized()
    {
        using var response = await Service.Http.PostAsync($"/api/admin/dossiers/import?oaId={OaA}", Csv(List));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM dossiers"));
    }

    [Fact]
    public async Task AccountTheOfficerMayNotSeeIsNotFoundAndNothingIsStored()
    {
        var (_, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        using var other = await ClientWith(keyA).PostAsync($"/api/admin/dossiers/import?oaId={OaB}", Csv(List));
        using var unknown = await Bootstrap.PostAsync("/api/admin/dossiers/import?oaId=not-served", Csv(List));
        using var missing = await Bootstrap.PostAsync("/api/admin/dossiers/import", Csv(List));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (other.StatusCode, unknown.StatusCode, missing.StatusCode));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM dossiers"));
    }

    [Fact]
    public async Task CsvBodyIsImportedReportedAndAudited()
    {
        var (officerId, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        using var response = await ClientWith(keyA).PostAsync($"/api/admin/dossiers/import?oaId={OaA}", Csv(List));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await JsonOf(response);
        Assert.Equal((2, 2, 0, 0, 1),
            (report.GetProperty("accepted").GetInt32(), report.GetProperty("inserted").GetInt32(), report.GetProperty("updated").GetInt32(),
             report.GetProperty("unchanged").GetInt32(), report.GetProperty("rejectedTotal").GetInt32()));
        var rejected = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal((4, "G01.123-240101-0003"), (rejected.GetProperty("line").GetInt32(), rejected.GetProperty("code").GetString()));
        Assert.Contains("'chưa rõ' is unknown", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2L, Service.Query<long>("SELECT count(*) FROM dossiers WHERE oa_id = @OaA", new { OaA }));
        Assert.Equal("accepted=2; inserted=2; updated=0; unchanged=0; rejected=1", Service.Query<string>(
            "SELECT detail FROM audit_log WHERE action = 'dossier.import' AND oa_id = @OaA AND officer_id = @officerId", new { OaA, officerId }));
    }

    [Fact]
    public async Task MultipartFileIsImportedLikeABodyAndTheSameListAgainIsUnchanged()
    {
        using var first = await Bootstrap.PostAsync($"/api/admin/dossiers/import?oaId={OaB}", Csv(List));
        using var again = await Bootstrap.PostAsync($"/api/admin/dossiers/import?oaId={OaB}", Form(List));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var report = await JsonOf(again);
        Assert.Equal((2, 0, 0, 2, 1),
            (report.GetProperty("accepted").GetInt32(), report.GetProperty("inserted").GetInt32(), report.GetProperty("updated").GetInt32(),
             report.GetProperty("unchanged").GetInt32(), report.GetProperty("rejectedTotal").GetInt32()));
    }

    [Fact]
    public async Task ListWithoutTheNeededColumnsIsABadRequest()
    {
        using var response = await Bootstrap.PostAsync($"/api/admin/dossiers/import?oaId={OaA}", Csv("ma_ho_so;ghi_chu\nG01-0001;x\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonOf(response);
        Assert.Contains("lacks the procedure, status, date", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormWithoutAFileAndOtherContentTypesAreBadRequests()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "description" } };
        using var noFile = await Bootstrap.PostAsync($"/api/admin/dossiers/import?oaId={OaA}", form);
        using var json = await Bootstrap.PostAsync($"/api/admin/dossiers/import?oaId={OaA}", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noFile.StatusCode, json.StatusCode));
    }

    [Fact]
    public async Task OfficerReadsADossierOfTheirAccountByCodeAsTyped()
    {
        await Bootstrap.PostAsync($"/api/admin/dossiers/import?oaId={OaA}", Csv(List));
        var (_, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        var (_, keyB) = await CreateOfficerAsync("Cán bộ B", "officer", OaB);

        using var found = await ClientWith(keyA).GetAsync($"/api/admin/dossiers/g01.123-240101-0001?oaId={OaA}");
        using var notTheirs = await ClientWith(keyB).GetAsync($"/api/admin/dossiers/G01.123-240101-0001?oaId={OaA}");
        using var unknown = await ClientWith(keyA).GetAsync($"/api/admin/dossiers/G01.123-240101-9999?oaId={OaA}");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var dossier = await JsonOf(found);
        Assert.Equal(("G01.123-240101-0001", "ready", "2024-01-05", "Nhận tại quầy số 2", "tam-tru-dang-ky"),
            (dossier.GetProperty("code").GetString(), dossier.GetProperty("status").GetString(), dossier.GetProperty("statusDate").GetString(),
             dossier.GetProperty("note").GetString(), dossier.GetProperty("procedureId").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (notTheirs.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task TheRegisteredPhoneIsNeverSentBackNorItsTag()
    {
        using var imported = await Bootstrap.PostAsync($"/api/admin/dossiers/import?oaId={OaA}",
            Csv("ma_ho_so;thu_tuc;trang_thai;ngay;so_dien_thoai\nG01.123-240101-0009;Đăng ký tạm trú;ready;2024-01-05;0912 346 789\n"));
        var (_, key) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        using var found = await ClientWith(key).GetAsync($"/api/admin/dossiers/G01.123-240101-0009?oaId={OaA}");
        var body = await found.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (imported.StatusCode, found.StatusCode));
        Assert.Contains("\"status\":\"ready\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("phone", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("6789", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListLargerThanTheServersDefaultBodyLimitIsAccepted()
    {
        // 32,000 rows with an ignored 1 KB column: 33 MB, over Kestrel's default of 30 MB.
        var padding = new string('x', 1000);
        var csv = new StringBuilder("code,procedure,status,date,scan\n");
        for (var i = 0; i < 32_000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"HS-{i:D6},Đăng ký tạm trú,received,2024-01-01,{padding}\n");
        }

        using var response = await Bootstrap.PostAsync($"/api/admin/dossiers/import?oaId={OaA}", Csv(csv.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(32_000, (await JsonOf(response)).GetProperty("inserted").GetInt32());
    }
}
