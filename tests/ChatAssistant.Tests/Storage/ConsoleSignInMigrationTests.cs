using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Storage;

/// <summary>Migration 0010 rebuilds the officers tables: officers and their accounts made before it must come through.</summary>
public sealed class ConsoleSignInMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void OfficersAndTheirAccountsSurviveTheRebuildAndTheForeignKeyPointsAtTheNewTable()
    {
        var connections = new SqliteConnectionFactory(Options.Create(new StorageOptions
        {
            ConnectionString = $"Data Source={Path.Combine(_folder.Path, "chat.db")}",
            Synchronous = "NORMAL",
        }));
        using (var connection = connections.OpenForWriting())
        {
            connection.Execute("PRAGMA journal_mode = WAL;");
            OlderSchema.Apply(connection, before: 10);
            connection.Execute("""
                INSERT INTO officers (id, name, role, key_hash, key_prefix, created_at, disabled_at) VALUES
                    (7, 'Trần Văn Bảy', 'officer', 'hash-7', 'abcdefgh', 1000, NULL),
                    (8, 'Lê Thị Tám', 'admin', 'hash-8', 'ijklmnop', 2000, 3000);
                INSERT INTO officer_accounts (officer_id, oa_id) VALUES (7, 'oa-1'), (7, 'oa-2');
                """);
        }

        new Migrator(connections, NullLogger<Migrator>.Instance).Migrate();

        using var migrated = connections.Open();
        var officers = migrated.Query<(long Id, string Name, string Role, string KeyHash, long? DisabledAt, string Stamp)>(
            "SELECT id, name, role, key_hash, disabled_at, session_stamp FROM officers ORDER BY id").ToList();
        Assert.Equal([(7L, "Trần Văn Bảy", "officer", "hash-7"), (8L, "Lê Thị Tám", "admin", "hash-8")],
            officers.Select(o => (o.Id, o.Name, o.Role, o.KeyHash)));
        Assert.Equal(3000, officers[1].DisabledAt);
        Assert.All(officers, o => Assert.Equal(32, o.Stamp.Length));
        Assert.NotEqual(officers[0].Stamp, officers[1].Stamp);
        Assert.Equal(["oa-1", "oa-2"], migrated.Query<string>("SELECT oa_id FROM officer_accounts WHERE officer_id = 7 ORDER BY oa_id"));
        var foreignKey = migrated.QuerySingle<string>("SELECT \"table\" FROM pragma_foreign_key_list('officer_accounts')");
        Assert.Equal("officers", foreignKey);
        Assert.Empty(migrated.Query("PRAGMA foreign_key_check"));
        migrated.Execute("INSERT INTO officers (name, role, username, password_hash, session_stamp, created_at) VALUES ('Chín', 'leader', 'chin', 'h', 's', 1)");
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() =>
            migrated.Execute("INSERT INTO officers (name, role, session_stamp, created_at) VALUES ('Mười', 'chief', 's', 1)"));
    }

    public void Dispose() => _folder.Dispose();
}
