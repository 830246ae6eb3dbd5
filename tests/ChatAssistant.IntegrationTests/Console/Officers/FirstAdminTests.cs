using System.Net;

namespace ChatAssistant.IntegrationTests.Console.Officers;

public sealed class FirstAdminTests : ConsoleTest
{
    protected override IDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Console:FirstAdmin:Username"] = "Quan.Tri",
        ["Console:FirstAdmin:Password"] = "mat-khau-lan-dau-1",
    };

    [Fact]
    public async Task The_configured_first_admin_signs_in_once_with_the_configured_password_then_must_choose_their_own()
    {
        var client = NewClient();
        using var signIn = await client.PostFormAsync("/console/sign-in", [new("Username", "quan.tri"), new("Password", "mat-khau-lan-dau-1")]);

        Assert.EndsWith("/console/password", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("admin", Service.Query<string>("SELECT role FROM officers WHERE username = 'quan.tri'"));
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM officers"));
        Assert.DoesNotContain(Log.Lines, line => line.Contains("mat-khau-lan-dau-1", StringComparison.Ordinal));
        using var changed = await client.PostFormAsync("/console/password",
            [new("Current", "mat-khau-lan-dau-1"), new("New", "mat-khau-cua-rieng-toi"), new("Repeat", "mat-khau-cua-rieng-toi")]);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await client.GetPageAsync("/console/officers");
    }
}
