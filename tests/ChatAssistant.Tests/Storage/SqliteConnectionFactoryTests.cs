using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Storage;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<SqliteConnectionFactory> _factories = [];

    private SqliteConnectionFactory Factory(string file = "chat.db", string synchronous = "FULL")
    {
        var factory = new SqliteConnectionFactory(Options.Create(new StorageOptions
        {
            ConnectionString = $"Data Source={_folder.File(file)}",
            Synchronous = synchronous,
        }));
        _factories.Add(factory);
        return factory;
    }

    [Fact]
    public void EveryConnectionEnforcesForeignKeys()
    {
        var factory = Factory();
        using var connection = factory.Open();

        Assert.Equal(1L, connection.ExecuteScalar<long>("PRAGMA foreign_keys"));
        connection.Execute("CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER REFERENCES parent (id));");
        var ex = Assert.Throws<SqliteException>(() => connection.Execute("INSERT INTO child (parent_id) VALUES (42)"));
        Assert.Contains("FOREIGN KEY", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WritingConnectionWaitsForALockInsteadOfFailingAtOnce()
    {
        var factory = Factory();
        using var connection = factory.OpenForWriting();

        Assert.Equal(10_000L, connection.ExecuteScalar<long>("PRAGMA busy_timeout"));
    }

    [Fact]
    public void PragmasAreSetAgainOnAWritingConnectionTakenFromThePool()
    {
        var factory = Factory();
        using (var first = factory.OpenForWriting())
        {
            first.Execute("PRAGMA busy_timeout = 5; PRAGMA synchronous = OFF;");
        }

        using var second = factory.OpenForWriting();

        Assert.Equal(10_000L, second.ExecuteScalar<long>("PRAGMA busy_timeout"));
        Assert.Equal(2L, second.ExecuteScalar<long>("PRAGMA synchronous"));
    }

    [Theory]
    [InlineData("OFF", 0)]
    [InlineData("NORMAL", 1)]
    [InlineData("normal", 1)]
    [InlineData("FULL", 2)]
    [InlineData("Extra", 3)]
    public void SynchronousLevelFromTheOptionsIsApplied(string synchronous, long expected)
    {
        var factory = Factory(synchronous: synchronous);
        using var connection = factory.OpenForWriting();

        Assert.Equal(expected, connection.ExecuteScalar<long>("PRAGMA synchronous"));
    }

    [Theory]
    [InlineData("FAST")]
    [InlineData("")]
    [InlineData("FULL;DROP TABLE x")]
    public void UnknownSynchronousLevelIsRefusedNamingTheSetting(string synchronous)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Factory(synchronous: synchronous));

        Assert.Contains("Storage:Synchronous", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{synchronous}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureDirectoryCreatesTheFolderOfTheDatabaseFile()
    {
        var file = Path.Combine("data", "nested", "chat.db");
        var factory = Factory(file);
        Assert.False(Directory.Exists(_folder.File("data")));

        factory.EnsureDirectory();

        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "data", "nested")));
        using (var connection = factory.Open())
        {
            connection.Execute("CREATE TABLE t (x INTEGER)");
        }
        Assert.True(File.Exists(_folder.File(file)));
    }

    [Fact]
    public void EnsureDirectoryLeavesAnInMemoryDatabaseAlone()
    {
        var factory = new SqliteConnectionFactory(Options.Create(new StorageOptions { ConnectionString = "Data Source=:memory:" }));

        factory.EnsureDirectory();

        Assert.Equal(":memory:", factory.DataSource);
    }

    [Fact]
    public void DataSourceNamesTheDatabaseFile()
    {
        Assert.Equal(_folder.File("chat.db"), Factory().DataSource);
    }

    public void Dispose()
    {
        foreach (var factory in _factories.Where(f => File.Exists(f.DataSource)))
        {
            TestDatabase.ReleaseFiles(factory);
        }
        _folder.Dispose();
    }
}
