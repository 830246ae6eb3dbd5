using System.Net;
using ChatAssistant.Features.Officers;
using ChatAssistant.IntegrationTests.Officers;
using ChatAssistant.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console;

/// <summary>Base of console tests: the host serving two accounts, officers created with passwords, cookie clients that sign in.</summary>
public abstract class ConsoleTest : OfficerApiTest
{
    public const string Password = "mat-khau-thu-nghiem-7";

    private readonly List<ConsoleClient> _consoleClients = [];

    /// <summary>Creates a console officer directly in the store, as an admin's form would.</summary>
    protected async Task<long> CreateConsoleOfficerAsync(
        string username, OfficerRole role, string[] oaIds, string password = Password, bool mustChange = false, string? name = null)
    {
        var officers = Service.Services.GetRequiredService<OfficerStore>();
        return await Service.Services.GetRequiredService<SqliteWriter>().WriteAsync((c, t) =>
            officers.CreateWithPassword(c, t, name ?? username, username, OfficerPasswords.Hash(password), mustChange, role, oaIds).Id);
    }

    protected ConsoleClient NewClient(ForwardingProxy? proxy = null)
    {
        var client = new ConsoleClient(Service.BaseUrl, proxy);
        _consoleClients.Add(client);
        return client;
    }

    /// <summary>A client signed in as <paramref name="username"/>; fails the test if the sign-in is refused.</summary>
    protected async Task<ConsoleClient> SignedInAsync(string username, string password = Password, ForwardingProxy? proxy = null)
    {
        var client = NewClient(proxy);
        using var response = await client.PostFormAsync("/console/sign-in", [new("Username", username), new("Password", password)]);
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect,
            $"Sign-in as {username} answered {(int)response.StatusCode}. {string.Join('\n', Log.Lines.Where(l => l.Contains("Exception", StringComparison.Ordinal)).Take(2))}");
        return client;
    }

    /// <summary>An officer of the given role on account A, signed in.</summary>
    protected async Task<ConsoleClient> SignedInAsAsync(OfficerRole role, params string[] oaIds)
    {
        var username = $"{role.ToName()}-{Guid.NewGuid():N}"[..20];
        await CreateConsoleOfficerAsync(username, role, oaIds.Length == 0 ? [OaA] : oaIds);
        return await SignedInAsync(username);
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _consoleClients)
        {
            client.Dispose();
        }
        await base.DisposeAsync();
    }
}
