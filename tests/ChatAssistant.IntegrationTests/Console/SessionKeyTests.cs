using ChatAssistant.Features.Officers;
using ChatAssistant.Host.OfficerConsole;

namespace ChatAssistant.IntegrationTests.Console;

public sealed class SessionKeyTests : ConsoleTest
{
    [Fact]
    public async Task Session_keys_on_disk_are_sealed_and_a_session_survives_a_restart()
    {
        await CreateConsoleOfficerAsync("qua.dem", OfficerRole.Officer, [OaA], name: "Qua Đêm");
        var client = await SignedInAsync("qua.dem");

        var keyFiles = Directory.GetFiles(Folder.File(ConsoleRegistration.KeysFolder), "*.xml");
        Assert.NotEmpty(keyFiles);
        foreach (var file in keyFiles)
        {
            var xml = await File.ReadAllTextAsync(file);
            Assert.Contains("sealedWithTipOffKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }

        var session = Assert.Single(client.Cookies.GetCookies(new Uri(Service.BaseUrl, "/console")), c => c.Name == ConsoleRegistration.CookieName);

        await RestartServiceAsync();

        // The new host listens on another port; the browser's cookie is the same.
        var afterRestart = NewClient();
        afterRestart.Cookies.Add(new Uri(Service.BaseUrl, "/console"), new System.Net.Cookie(session.Name, session.Value, "/console"));
        Assert.Contains("Qua Đêm", await afterRestart.GetPageAsync("/console"), StringComparison.Ordinal);
    }
}
