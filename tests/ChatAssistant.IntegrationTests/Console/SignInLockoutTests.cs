using System.Globalization;
using System.Net;
using ChatAssistant.Features.Officers;
using ChatAssistant.Host.OfficerConsole;
using ChatAssistant.Testing;

namespace ChatAssistant.IntegrationTests.Console;

/// <summary>
/// Wrong passwords are counted per username and client address: the address that guesses is held back, longer at
/// each further miss, and nobody elsewhere is locked out by it. The addresses come through a proxy on loopback.
/// </summary>
public sealed class SignInLockoutTests : ConsoleTest
{
    private static readonly ForwardingProxy Stranger = new("203.0.113.66");
    private static readonly ForwardingProxy Office = new("198.51.100.7");

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    protected override TimeProvider Clock => _clock;

    protected override IDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        ["Console:MaxFailedSignIns"] = "5",
        ["Console:LockoutDuration"] = "00:01:00",
        ["Console:MaxLockoutDuration"] = "00:04:00",
    };

    [Fact]
    public async Task A_stranger_guessing_the_admins_password_does_not_keep_the_admin_out_of_their_own_office()
    {
        await CreateConsoleOfficerAsync("quan.tri", OfficerRole.Admin, [], name: "Quản trị viên");
        var stranger = NewClient(Stranger);
        for (var guess = 1; guess <= 8; guess++)
        {
            using var refused = await TryAsync(stranger, "quan.tri", $"doan-mo-{guess}-xx");
            Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        }

        var admin = await SignedInAsync("quan.tri", proxy: Office);

        Assert.Contains("Quản trị viên", await admin.GetPageAsync("/console"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fifth_wrong_password_holds_the_address_back_and_says_until_when_even_to_the_right_password()
    {
        await CreateConsoleOfficerAsync("le.c", OfficerRole.Officer, [OaA]);
        var client = NewClient(Stranger);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var refused = await TryAsync(client, "le.c", $"sai-lan-thu-{attempt}xx");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await TryAsync(client, "le.c", "sai-lan-thu-5xx");
        using var right = await TryAsync(client, "le.c", Password);

        var until = ConsoleTime.Clock(_clock.GetUtcNow().AddMinutes(1));
        foreach (var held in new[] { fifth, right })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), held.Headers.RetryAfter?.Delta);
            Assert.Contains($"Xin thử lại sau {until}", await held.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        _clock.Advance(TimeSpan.FromSeconds(60));
        await SignedInAsync("le.c", proxy: Stranger);
    }

    [Fact]
    public async Task Each_wrong_password_after_a_hold_doubles_the_next_hold_up_to_the_longest()
    {
        await CreateConsoleOfficerAsync("tang.dan", OfficerRole.Officer, [OaA]);
        var client = NewClient(Stranger);
        var holds = new List<double?>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var response = await TryAsync(client, "tang.dan", $"sai-{attempt}-mat-khau");
            holds.Add(response.Headers.RetryAfter?.Delta?.TotalSeconds);
        }
        // A try while held is answered with what is left, and neither counted nor lengthens the hold.
        _clock.Advance(TimeSpan.FromSeconds(20));
        using (var early = await TryAsync(client, "tang.dan", "thu-som-qua-xx"))
        {
            holds.Add(early.Headers.RetryAfter?.Delta?.TotalSeconds);
        }
        foreach (var wait in new[] { 40, 120, 240, 240 })
        {
            _clock.Advance(TimeSpan.FromSeconds(wait));
            using var response = await TryAsync(client, "tang.dan", $"sai-sau-{wait}-giay");
            holds.Add(response.Headers.RetryAfter?.Delta?.TotalSeconds);
        }

        Assert.Equal([null, null, null, null, 60, 40, 120, 240, 240, 240], holds);
    }

    [Fact]
    public async Task A_right_password_starts_the_count_again_for_its_own_address_only()
    {
        await CreateConsoleOfficerAsync("dat.lai", OfficerRole.Officer, [OaA]);
        var first = NewClient(Stranger);
        var second = NewClient(Office);
        await MissAsync(first, "dat.lai", 5);
        await MissAsync(second, "dat.lai", 3);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await SignedInAsync("dat.lai", proxy: Stranger);

        var afterSuccess = await MissAsync(first, "dat.lai", 5);
        var stillCounted = await MissAsync(second, "dat.lai", 2);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests],
            afterSuccess.Select(r => r.Status));
        Assert.Equal(TimeSpan.FromMinutes(1), afterSuccess[^1].RetryAfter);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], stillCounted.Select(r => r.Status));
    }

    [Fact]
    public async Task A_username_nobody_has_is_held_back_exactly_like_a_real_one()
    {
        await CreateConsoleOfficerAsync("co.that", OfficerRole.Officer, [OaA]);

        var real = await MissAsync(NewClient(Stranger), "co.that", 7);
        var unknown = await MissAsync(NewClient(Stranger), "khong.co.ai", 7);

        Assert.Equal(real, unknown);
    }

    [Fact]
    public async Task Addresses_of_one_IPv6_network_count_as_one_client()
    {
        await CreateConsoleOfficerAsync("mang.v6", OfficerRole.Officer, [OaA]);
        await MissAsync(NewClient(new ForwardingProxy("2001:db8:1:2::10")), "mang.v6", 5);

        using var neighbour = await TryAsync(NewClient(new ForwardingProxy("2001:db8:1:2::99")), "mang.v6", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, neighbour.StatusCode);
        await SignedInAsync("mang.v6", proxy: new ForwardingProxy("2001:db8:1:3::10"));
    }

    [Fact]
    public async Task An_admin_unlocking_an_officer_lifts_every_hold_on_them()
    {
        var id = await CreateConsoleOfficerAsync("bi.giu", OfficerRole.Officer, [OaA]);
        await MissAsync(NewClient(Stranger), "bi.giu", 5);
        await CreateConsoleOfficerAsync("quan.tri", OfficerRole.Admin, []);
        var admin = await SignedInAsync("quan.tri", proxy: Office);
        var page = $"/console/officers/{id.ToString(CultureInfo.InvariantCulture)}";
        Assert.Contains("Mở khoá đăng nhập", await admin.GetPageAsync(page), StringComparison.Ordinal);

        using var unlocked = await admin.PostFormAsync(page, [], action: page + "?handler=Unlock");

        Assert.Contains("Đã mở khoá đăng nhập.", await unlocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await SignedInAsync("bi.giu", proxy: Stranger);
    }

    [Fact]
    public async Task A_new_password_from_the_create_admin_command_lets_the_held_admin_back_in_at_once()
    {
        await CreateConsoleOfficerAsync("chi.huy", OfficerRole.Admin, []);
        await MissAsync(NewClient(Office), "chi.huy", 5);

        // The operator's command runs beside the service, on its database, as it would on the server.
        string[] args = [AdminCommand.Name, "chi.huy", $"--ConnectionStrings:ChatAssistant=Data Source={Service.DatabasePath}", "--environment=Development"];
        Assert.Equal(0, await AdminCommand.RunAsync(args, new StringReader("mat-khau-moi-cua-toi-9\n"), new StringWriter()));

        await SignedInAsync("chi.huy", "mat-khau-moi-cua-toi-9", Office);
    }

    private static Task<HttpResponseMessage> TryAsync(ConsoleClient client, string username, string password) =>
        client.PostFormAsync("/console/sign-in", [new("Username", username), new("Password", password)]);

    /// <summary>Wrong passwords one after another; what each was answered.</summary>
    private static async Task<List<(HttpStatusCode Status, TimeSpan? RetryAfter)>> MissAsync(ConsoleClient client, string username, int times)
    {
        var answers = new List<(HttpStatusCode, TimeSpan?)>();
        for (var miss = 1; miss <= times; miss++)
        {
            using var response = await TryAsync(client, username, $"khong-dung-{miss}-nhe");
            answers.Add((response.StatusCode, response.Headers.RetryAfter?.Delta));
        }
        return answers;
    }
}
