using System.Net;
using System.Text.RegularExpressions;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.IntegrationTests.Console.Officers;

public sealed partial class OfficerAdminTests : ConsoleTest
{
    [Fact]
    public async Task An_admin_creates_an_officer_who_must_choose_a_password_before_anything_else()
    {
        var admin = await SignedInAsAsync(OfficerRole.Admin);

        using var created = await admin.PostFormAsync("/console/officers/new",
        [
            new("Form.Name", "Đỗ Thị Hoa"), new("Form.Username", "Do.Hoa"), new("Form.Role", "officer"), new("Form.OaIds", OaB),
        ]);
        var html = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var temporary = TemporaryPasswordShown().Match(html).Groups[1].Value;
        Assert.Matches("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$", temporary);
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'officer.create' AND detail LIKE '%' || @oa", new { oa = OaB }));

        var hoa = NewClient();
        using var signIn = await hoa.PostFormAsync("/console/sign-in", [new("Username", "do.hoa"), new("Password", temporary)]);
        Assert.EndsWith("/console/password", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var elsewhere = await hoa.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.EndsWith("/console/password", elsewhere.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var weak = await hoa.PostFormAsync("/console/password", [new("Current", temporary), new("New", "do.hoa-123456"), new("Repeat", "do.hoa-123456")]);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        using var changed = await hoa.PostFormAsync("/console/password", [new("Current", temporary), new("New", "hoa-mat-khau-rieng"), new("Repeat", "hoa-mat-khau-rieng")]);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Đỗ Thị Hoa", await hoa.GetPageAsync("/console"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_username_and_a_missing_unit_are_refused_with_the_reason_by_the_field()
    {
        await CreateConsoleOfficerAsync("trung.ten", OfficerRole.Officer, [OaA]);
        var admin = await SignedInAsAsync(OfficerRole.Admin);

        using var refused = await admin.PostFormAsync("/console/officers/new",
            [new("Form.Name", "Người khác"), new("Form.Username", "Trung.Ten"), new("Form.Role", "viewer")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Tên đăng nhập này đã có người dùng.", html, StringComparison.Ordinal);
        Assert.Contains("Hãy chọn ít nhất một đơn vị.", html, StringComparison.Ordinal);
        Assert.Equal(0, Service.Query<long>("SELECT COUNT(*) FROM officers WHERE name = 'Người khác'"));
    }

    [Fact]
    public async Task A_password_reset_ends_the_officers_sessions_and_gives_a_temporary_password()
    {
        var id = await CreateConsoleOfficerAsync("bi.mat", OfficerRole.Officer, [OaA]);
        var officer = await SignedInAsync("bi.mat");
        var admin = await SignedInAsAsync(OfficerRole.Admin);

        using var reset = await admin.PostFormAsync($"/console/officers/{id}", [], action: $"/console/officers/{id}?handler=Reset");
        var temporary = TemporaryPasswordShown().Match(await reset.Content.ReadAsStringAsync()).Groups[1].Value;

        Assert.NotEmpty(temporary);
        using var old = await officer.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        using var refused = await NewClient().PostFormAsync("/console/sign-in", [new("Username", "bi.mat"), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var withNew = await NewClient().PostFormAsync("/console/sign-in", [new("Username", "bi.mat"), new("Password", temporary)]);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task Changing_an_officers_role_takes_effect_at_their_next_click()
    {
        var id = await CreateConsoleOfficerAsync("len.chuc", OfficerRole.Viewer, [OaA], name: "Lên Chức");
        var officer = await SignedInAsync("len.chuc");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/console/officers")).StatusCode);
        var admin = await SignedInAsAsync(OfficerRole.Admin);

        using var saved = await admin.PostFormAsync($"/console/officers/{id}",
            [new("Form.Name", "Lên Chức"), new("Form.Role", "admin")]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // The role change ends the old session (a new stamp): signing in again brings the new role.
        var again = await SignedInAsync("len.chuc");
        Assert.Contains("Lên Chức · Quản trị", await again.GetPageAsync("/console/officers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_open_officer_pages_and_the_last_admin_cannot_be_disabled_or_demoted()
    {
        var leader = await SignedInAsAsync(OfficerRole.Leader);
        using var denied = await leader.GetAsync("/console/officers");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/console/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var adminId = await CreateConsoleOfficerAsync("chi.mot", OfficerRole.Admin, [], name: "Chỉ Một");
        var admin = await SignedInAsync("chi.mot");
        var other = await CreateConsoleOfficerAsync("nguoi.kia", OfficerRole.Officer, [OaA]);

        using var demote = await admin.PostFormAsync($"/console/officers/{adminId}",
            [new("Form.Name", "Chỉ Một"), new("Form.Role", "officer"), new("Form.OaIds", OaA)]);
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        using var self = await admin.PostFormAsync($"/console/officers/{adminId}", [], action: $"/console/officers/{adminId}?handler=Disable");
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal("admin", Service.Query<string>("SELECT role FROM officers WHERE id = @adminId AND disabled_at IS NULL", new { adminId }));

        using var disable = await admin.PostFormAsync($"/console/officers/{other}", [], action: $"/console/officers/{other}?handler=Disable");
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        using var refused = await NewClient().PostFormAsync("/console/sign-in", [new("Username", "nguoi.kia"), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_viewer_cannot_act_through_the_api_even_with_a_key()
    {
        var (_, key) = await CreateOfficerAsync("Người xem", "viewer", OaA);

        using var response = await ClientWith(key).GetAsync($"/api/admin/queue?oaId={OaA}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [GeneratedRegex("data-testid=\"temporary-password\">([^<]+)<")]
    private static partial Regex TemporaryPasswordShown();
}
