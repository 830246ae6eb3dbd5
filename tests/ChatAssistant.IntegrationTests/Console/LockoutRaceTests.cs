using ChatAssistant.Features.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console;

public sealed class LockoutRaceTests : ConsoleTest
{
    private const string Stranger = "203.0.113.5";

    [Fact]
    public async Task Guesses_sent_in_parallel_get_no_more_password_checks_than_the_lockout_allows()
    {
        await CreateConsoleOfficerAsync("muc.tieu", OfficerRole.Officer, [OaA]);
        var signIn = Service.Services.GetRequiredService<OfficerSignIn>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Task.Run(() => signIn.CheckAsync("muc.tieu", i == 29 ? Password : $"doan-sai-{i:00}-xx", Stranger))));

        Assert.True(outcomes.Count(o => o is not SignInOutcome.Locked) <= 5, string.Join(", ", outcomes.Select(o => o.GetType().Name)));
        Assert.True(Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'console.sign-in-refused'") <= 4);
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'console.locked'"));
        Assert.IsType<SignInOutcome.Locked>(await signIn.CheckAsync("muc.tieu", Password, Stranger));
    }

    [Fact]
    public async Task An_unknown_username_locks_like_a_real_one_so_the_lock_does_not_tell_which_exists()
    {
        await CreateConsoleOfficerAsync("co.that", OfficerRole.Officer, [OaA]);
        var signIn = Service.Services.GetRequiredService<OfficerSignIn>();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await signIn.CheckAsync("co.that", "sai-mat-khau-roi", Stranger);
            await signIn.CheckAsync("khong.co.ai", "sai-mat-khau-roi", Stranger);
        }

        Assert.IsType<SignInOutcome.Locked>(await signIn.CheckAsync("co.that", "sai-mat-khau-roi", Stranger));
        Assert.IsType<SignInOutcome.Locked>(await signIn.CheckAsync("khong.co.ai", "sai-mat-khau-roi", Stranger));
    }

    [Fact]
    public async Task A_console_address_typed_with_capitals_leads_to_the_lower_case_one_where_the_cookie_is_sent()
    {
        using var response = await NewClient().GetAsync("/Console/Queue?oa=x");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/console/Queue?oa=x", response.Headers.Location!.OriginalString);
    }
}
