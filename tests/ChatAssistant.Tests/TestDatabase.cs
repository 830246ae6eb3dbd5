using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests;

/// <summary>A migrated SQLite file in a folder of its own, with the service's connection factory and writer.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(TempFolder folder, StorageOptions options)
    {
        Folder = folder;
        Options = options;
        Connections = new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(options));
        new Migrator(Connections, NullLogger<Migrator>.Instance).Migrate();
        Writer = new SqliteWriter(Connections, Microsoft.Extensions.Options.Options.Create(options), NullLogger<SqliteWriter>.Instance);
    }

    public TempFolder Folder { get; }

    public StorageOptions Options { get; }

    public SqliteConnectionFactory Connections { get; }

    public SqliteWriter Writer { get; }

    public static TestDatabase Create(int maxWriteBatch = 512)
    {
        var folder = new TempFolder();
        return new TestDatabase(folder, new StorageOptions
        {
            ConnectionString = $"Data Source={Path.Combine(folder.Path, "chat.db")}",
            // NORMAL keeps the suite fast; durability is not what these tests are about.
            Synchronous = "NORMAL",
            MaxWriteBatch = maxWriteBatch,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        ReleaseFiles(Connections);
        Folder.Dispose();
    }

    /// <summary>Pooled connections keep the file open; close them before the folder goes.</summary>
    public static void ReleaseFiles(SqliteConnectionFactory connections)
    {
        using var connection = connections.Open();
        SqliteConnection.ClearPool(connection);
    }
}
