using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Storage;

/// <summary>Applies the numbered SQL files embedded in this assembly, each once, in order.</summary>
public sealed partial class Migrator(SqliteConnectionFactory connections, ILogger<Migrator> logger)
{
    private const string ResourcePrefix = "ChatAssistant.Storage.Migrations.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> LoadMigrations()
    {
        var assembly = typeof(Migrator).Assembly;
        var migrations = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add((version, name, reader.ReadToEnd()));
        }
        return [.. migrations.OrderBy(m => m.Item1)];
    }

    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    public void Migrate()
    {
        connections.EnsureDirectory();
        using var connection = connections.OpenForWriting();
        // WAL lets the dispatcher and endpoints read while the writer commits; the mode is stored in the file.
        connection.Execute("PRAGMA journal_mode = WAL;");
        // SQLite has no hash function; a migration that must stop keeping a value in clear calls this one.
        connection.CreateFunction("sha256_hex", (string value) => Sha256Hex(value), isDeterministic: true);
        connection.Execute(CreateHistory);
        var applied = connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
        var known = LoadMigrations();
        var newest = known.Count == 0 ? 0 : known[^1].Version;
        var unknown = applied.Where(v => v > newest).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database {connections.DataSource} has schema version {unknown.Max()}, newer than this build knows ({newest}). " +
                "Run a newer build of the service, or restore a backup made for this one.");
        }
        foreach (var (version, name, sql) in known.Where(m => !applied.Contains(m.Version)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @appliedAt)",
                new { version, name, appliedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                transaction);
            transaction.Commit();
            LogApplied(logger, name, connections.DataSource);
        }
    }

    /// <summary>The lower-case hex SHA-256 of the UTF-8 of <paramref name="value"/>: <c>sha256_hex</c> in migrations.</summary>
    public static string Sha256Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Migration} to {Database}")]
    private static partial void LogApplied(ILogger logger, string migration, string database);
}
