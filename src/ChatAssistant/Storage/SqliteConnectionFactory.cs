using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Storage;

/// <summary>Opens connections to the service database with the pragmas every connection needs.</summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _synchronous;

    public SqliteConnectionFactory(IOptions<StorageOptions> options)
    {
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
        {
            Pooling = true,
            ForeignKeys = true,
            // Also how long a command waits for a lock held by another connection before failing.
            DefaultTimeout = 30,
        };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        _synchronous = options.Value.Synchronous.ToUpperInvariant() switch
        {
            "OFF" or "NORMAL" or "FULL" or "EXTRA" => options.Value.Synchronous.ToUpperInvariant(),
            _ => throw new InvalidOperationException(
                $"Storage:Synchronous must be OFF, NORMAL, FULL or EXTRA, not '{options.Value.Synchronous}'."),
        };
    }

    /// <summary>The database file (or <c>:memory:</c>).</summary>
    public string DataSource { get; }

    /// <summary>A connection for reading (and for tests); WAL lets it read while the writer commits.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// A connection that writes: the configured durability, patience with locks held by others, and
    /// <c>secure_delete</c>, so a deleted or rewritten row (a tip-off past retention, a redacted message)
    /// is overwritten with zeros in the file rather than left readable in free pages.
    /// </summary>
    public SqliteConnection OpenForWriting()
    {
        var connection = Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {_synchronous}; PRAGMA secure_delete = ON;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// Creates the folder of the database file so a first run on a fresh machine just works, and the file itself,
    /// both owner-only (<see cref="OwnerOnlyFiles"/>): the WAL and shared-memory files SQLite adds later take its mode.
    /// </summary>
    public void EnsureDirectory()
    {
        if (DataSource is "" or ":memory:")
        {
            return;
        }
        OwnerOnlyFiles.PrepareDatabase(DataSource);
    }
}
