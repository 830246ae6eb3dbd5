using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Storage;

public sealed class MigratorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteConnectionFactory _connections;
    private readonly Migrator _migrator;

    public MigratorTests()
    {
        _connections = new SqliteConnectionFactory(Options.Create(new StorageOptions
        {
            ConnectionString = $"Data Source={Path.Combine(_folder.Path, "new-folder", "chat.db")}",
            Synchronous = "NORMAL",
        }));
        _migrator = new Migrator(_connections, NullLogger<Migrator>.Instance);
    }

    [Fact]
    public void FreshDatabaseGetsEveryTableInWalMode()
    {
        _migrator.Migrate();

        using var connection = _connections.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
        Assert.Superset(
            new HashSet<string> { "schema_migrations", "inbox_messages", "outbox_messages", "official_accounts", "dev_sink_messages" },
            tables);
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public void FreshDatabaseRecordsEveryEmbeddedMigration()
    {
        _migrator.Migrate();

        using var connection = _connections.Open();
        var applied = connection.Query<long>("SELECT version FROM schema_migrations ORDER BY version").ToList();
        Assert.Equal(Migrator.LoadMigrations().Select(m => (long)m.Version), applied);
        Assert.NotEmpty(applied);
    }

    [Fact]
    public void EmbeddedMigrationsHaveDistinctVersionsInAscendingOrder()
    {
        var versions = Migrator.LoadMigrations().Select(m => m.Version).ToList();

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.All(versions, v => Assert.True(v > 0));
    }

    [Fact]
    public void RunningTwiceAppliesNothingNew()
    {
        _migrator.Migrate();
        var before = History();

        _migrator.Migrate();

        Assert.Equal(before, History());
    }

    [Fact]
    public void DatabaseNewerThanTheCodeIsRefusedNamingBothVersions()
    {
        _migrator.Migrate();
        var newest = Migrator.LoadMigrations()[^1].Version;
        using (var connection = _connections.Open())
        {
            connection.Execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future.sql', '2030-01-01T00:00:00Z')");
        }

        var ex = Assert.Throws<InvalidOperationException>(_migrator.Migrate);

        Assert.Contains("9999", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"({newest})", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_connections.DataSource, ex.Message, StringComparison.Ordinal);
    }

    private List<(long Version, string Name, string AppliedAt)> History()
    {
        using var connection = _connections.Open();
        return connection.Query<(long, string, string)>("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").AsList();
    }

    public void Dispose()
    {
        if (File.Exists(_connections.DataSource))
        {
            TestDatabase.ReleaseFiles(_connections);
        }
        _folder.Dispose();
    }
}
