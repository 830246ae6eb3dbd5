using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatAssistant.IntegrationTests.Officers;

/// <summary>Who may use the officer API: bearer keys, the bootstrap admin, roles, disabled officers.</summary>
public sealed class OfficerAuthenticationTests : OfficerApiTest
{
    [Theory]
    [InlineData("/api/admin/handoffs")]
    [InlineData("/api/admin/officers")]
    public async Task RequestWithoutAKeyIsRefusedWithABearerChallenge(string path)
    {
        using var response = await Service.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task WrongKeyIsRefused()
    {
        using var response = await ClientWith(BootstrapKey + "x").GetAsync("/api/admin/handoffs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task OtherAuthorizationSchemeIsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/handoffs");
        request.Headers.Authorization = new("Basic", BootstrapKey);

        using var response = await Service.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task BootstrapKeyCreatesAnOfficerWhoseKeyThenWorks()
    {
        var (id, key) = await CreateOfficerAsync("Nguyễn Văn An", "officer", OaA);

        using var handoffs = await ClientWith(key).GetAsync("/api/admin/handoffs");
        using var officers = await ClientWith(key).GetAsync("/api/admin/officers");

        Assert.Equal(HttpStatusCode.OK, handoffs.StatusCode);
        // An officer is known but not an admin: managing officers is forbidden, not unauthenticated.
        Assert.Equal(HttpStatusCode.Forbidden, officers.StatusCode);
        Assert.Equal("bootstrap|officer.create|" + id,
            Service.Query<string>("SELECT actor || '|' || action || '|' || subject FROM audit_log WHERE officer_id IS NULL"));
    }

    [Fact]
    public async Task AdminCreatedByTheBootstrapKeyManagesOfficers()
    {
        var (adminId, adminKey) = await CreateOfficerAsync("Quản trị tỉnh", "admin");

        using var response = await ClientWith(adminKey).PostAsJsonAsync("/api/admin/officers", new { name = "Trần Thị Bình", role = "officer", oaIds = new[] { OaB } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(adminId, Service.Query<long>("SELECT officer_id FROM audit_log WHERE actor = 'Quản trị tỉnh'"));
    }

    [Fact]
    public async Task DisabledOfficerIsRefused()
    {
        var (id, key) = await CreateOfficerAsync("Lê Văn Cường", "officer", OaA);
        var officer = ClientWith(key);
        using (var before = await officer.GetAsync("/api/admin/handoffs"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var disable = await Bootstrap.PostAsync($"/api/admin/officers/{id}/disable", null);
        using var after = await officer.GetAsync("/api/admin/handoffs");

        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(1L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action = 'officer.disable' AND subject = @id", new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Fact]
    public async Task DisablingAnUnknownOfficerIsNotFound()
    {
        using var response = await Bootstrap.PostAsync("/api/admin/officers/999/disable", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListShowsKeyPrefixesButNeverKeys()
    {
        var (id, key) = await CreateOfficerAsync("Phạm Thu Hà", "officer", OaB, OaA);

        var body = await Bootstrap.GetStringAsync("/api/admin/officers");

        Assert.DoesNotContain(key, body, StringComparison.Ordinal);
        using var list = JsonDocument.Parse(body);
        var officer = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal(id, officer.GetProperty("id").GetInt64());
        Assert.Equal("officer", officer.GetProperty("role").GetString());
        Assert.Equal(key[..8], officer.GetProperty("keyPrefix").GetString());
        Assert.Equal(new[] { OaA, OaB }.Order(StringComparer.Ordinal), officer.GetProperty("oaIds").EnumerateArray().Select(e => e.GetString()));
        Assert.False(officer.TryGetProperty("key", out _));
        Assert.False(officer.TryGetProperty("keyHash", out _));
    }

    [Theory]
    [InlineData("officer", new string[0], "oaIds")]
    [InlineData("officer", new[] { "oa-not-served" }, "oaIds")]
    [InlineData("admin", new[] { "oa-not-served" }, "oaIds")]
    [InlineData("chief", new[] { OaA }, "role")]
    [InlineData(null, new[] { OaA }, "role")]
    public async Task InvalidOfficerIsRefusedNamingTheField(string? role, string[] oaIds, string field)
    {
        using var response = await Bootstrap.PostAsJsonAsync("/api/admin/officers", new { name = "Cán bộ", role, oaIds });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM officers"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bootstrap")]
    [InlineData("System")]
    public async Task MissingOrReservedNameIsRefused(string name)
    {
        using var response = await Bootstrap.PostAsJsonAsync("/api/admin/officers", new { name, role = "admin" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"name\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysNeverReachTheLog()
    {
        var (_, key) = await CreateOfficerAsync("Đỗ Minh Đức", "officer", OaA);
        (await ClientWith(key).GetAsync("/api/admin/handoffs")).Dispose();
        (await ClientWith(key + "wrong").GetAsync("/api/admin/handoffs")).Dispose();
        (await ClientWith(key).GetAsync("/api/admin/officers")).Dispose();

        Assert.Contains(Log.Lines, line => line.Contains("OfficerKey", StringComparison.Ordinal));
        Assert.DoesNotContain(Log.Lines, line => line.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(Log.Lines, line => line.Contains(BootstrapKey, StringComparison.Ordinal));
    }
}
