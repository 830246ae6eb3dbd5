using ChatAssistant.Features.Officers;
using ChatAssistant.Host.OfficerConsole;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatAssistant.IntegrationTests.Console.Officers;

/// <summary>The create-admin command on a database file, as an operator runs it.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string[] Args(string username) =>
        [AdminCommand.Name, username, $"--ConnectionStrings:ChatAssistant=Data Source={_folder.File("ops.db")}", "--environment=Development"];

    [Fact]
    public async Task It_creates_an_admin_then_recovers_an_officer_of_that_name_as_an_enabled_admin()
    {
        var output = new StringWriter();
        Assert.Equal(0, await AdminCommand.RunAsync(Args("Chi.Huy"), new StringReader("mat-khau-quan-tri-1\n"), output));
        Assert.Contains("Created the admin 'chi.huy'", output.ToString(), StringComparison.Ordinal);

        using (var connection = Open())
        {
            connection.Execute("UPDATE officers SET role = 'viewer', disabled_at = 1, locked_until = 99999999999999 WHERE username = 'chi.huy'");
        }
        Assert.Equal(0, await AdminCommand.RunAsync(Args("chi.huy"), new StringReader("mat-khau-moi-hon-2\n"), new StringWriter()));

        using var check = Open();
        var row = check.QuerySingle<(string Role, long? DisabledAt, long? LockedUntil, string Hash)>(
            "SELECT role, disabled_at, locked_until, password_hash FROM officers WHERE username = 'chi.huy'");
        Assert.Equal(("admin", (long?)null, (long?)null), (row.Role, row.DisabledAt, row.LockedUntil));
        Assert.True(OfficerPasswords.Verify(row.Hash, "mat-khau-moi-hon-2", out _));
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'officer.recover-admin'"));
    }

    [Fact]
    public async Task A_short_password_is_refused_with_the_reason_and_nothing_is_created()
    {
        var output = new StringWriter();

        Assert.Equal(1, await AdminCommand.RunAsync(Args("admin"), new StringReader("ngan\n"), output));

        Assert.Contains("10", output.ToString(), StringComparison.Ordinal);
        using var check = Open();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM officers"));
    }

    private Microsoft.Data.Sqlite.SqliteConnection Open() =>
        new SqliteConnectionFactory(Options.Create(new StorageOptions { ConnectionString = $"Data Source={_folder.File("ops.db")}" })).Open();

    public void Dispose() => _folder.Dispose();
}
