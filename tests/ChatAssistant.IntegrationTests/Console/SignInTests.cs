using System.Net;
using ChatAssistant.Features.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console;

public sealed class SignInTests : ConsoleTest
{
    [Fact]
    public async Task An_officer_signs_in_with_the_right_password_and_sees_the_dashboard()
    {
        await CreateConsoleOfficerAsync("nguyen.van.a", OfficerRole.Officer, [OaA], name: "Nguyễn Văn A");
        var client = await SignedInAsync("Nguyen.Van.A");

        var dashboard = await client.GetPageAsync("/console");

        Assert.Contains("Nguyễn Văn A", dashboard, StringComparison.Ordinal);
        Assert.Contains("Đăng xuất", dashboard, StringComparison.Ordinal);
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'console.sign-in'"));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_username_get_the_same_refusal_and_no_session()
    {
        await CreateConsoleOfficerAsync("tran.b", OfficerRole.Officer, [OaA]);
        var client = NewClient();

        using var wrong = await client.PostFormAsync("/console/sign-in", [new("Username", "tran.b"), new("Password", "sai-mat-khau-123")]);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        using var unknown = await client.PostFormAsync("/console/sign-in", [new("Username", "khong.co"), new("Password", "sai-mat-khau-123")]);
        var unknownHtml = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", unknownHtml, StringComparison.Ordinal);
        using var dashboard = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Contains("/console/sign-in", dashboard.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_hold_the_address_back_even_against_the_right_one_until_an_admin_unlocks_it()
    {
        var id = await CreateConsoleOfficerAsync("le.c", OfficerRole.Officer, [OaA]);
        var client = NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var refused = await client.PostFormAsync("/console/sign-in", [new("Username", "le.c"), new("Password", $"sai-lan-thu-{attempt}xx")]);
            Assert.Equal(attempt < 5 ? HttpStatusCode.BadRequest : HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        using var locked = await client.PostFormAsync("/console/sign-in", [new("Username", "le.c"), new("Password", Password)]);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.NotNull(locked.Headers.RetryAfter?.Delta);
        Assert.Contains("tạm khoá", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var subject = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'console.locked' AND subject = @subject", new { subject }));

        await CreateConsoleOfficerAsync("quan.tri", OfficerRole.Admin, []);
        var admin = await SignedInAsync("quan.tri");
        using var unlocked = await admin.PostFormAsync($"/console/officers/{subject}", [], action: $"/console/officers/{subject}?handler=Unlock");
        Assert.Contains("Đã mở khoá đăng nhập.", await unlocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await SignedInAsync("le.c");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await CreateConsoleOfficerAsync("pham.d", OfficerRole.Officer, [OaA]);
        var client = NewClient();

        using var forged = await client.PostWithTokenAsync("/console/sign-in", [new("Username", "pham.d"), new("Password", Password)], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'console.sign-in'"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_a_copy_of_the_old_cookie_no_longer_opens_pages()
    {
        await CreateConsoleOfficerAsync("vo.e", OfficerRole.Viewer, [OaA]);
        var client = await SignedInAsync("vo.e");
        var console = new Uri(Service.BaseUrl, "/console");
        var copy = Assert.Single(client.Cookies.GetCookies(console), c => c.Name == "ca_console");
        var other = NewClient();
        other.Cookies.Add(console, new System.Net.Cookie(copy.Name, copy.Value, "/console"));
        await other.GetPageAsync("/console");

        using var signOut = await client.PostFormAsync("/console", [], action: "/console/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var after = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        using var copied = await other.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
    }

    [Fact]
    public async Task Every_console_page_carries_the_security_headers_and_is_not_cached()
    {
        var client = NewClient();

        using var response = await client.GetAsync("/console/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_new_deployment_says_how_to_create_the_first_admin_until_someone_can_sign_in()
    {
        var client = NewClient();
        Assert.Contains("create-admin", await client.GetPageAsync("/console/sign-in"), StringComparison.Ordinal);

        await CreateConsoleOfficerAsync("dau.tien", OfficerRole.Admin, []);

        Assert.DoesNotContain("create-admin", await client.GetPageAsync("/console/sign-in"), StringComparison.Ordinal);
    }
}
