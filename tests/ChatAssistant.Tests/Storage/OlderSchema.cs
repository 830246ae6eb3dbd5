using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Tests.Storage;

/// <summary>For migration tests: the schema as a build before a migration left it, recorded as applied.</summary>
internal static class OlderSchema
{
    /// <summary>Applies every migration numbered below <paramref name="before"/> on <paramref name="connection"/>, as the migrator would have.</summary>
    public static void Apply(SqliteConnection connection, int before)
    {
        // An earlier migration hashes keys with the migrator's own function.
        connection.CreateFunction("sha256_hex", (string value) => Migrator.Sha256Hex(value), isDeterministic: true);
        connection.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (version, name, sql) in Migrator.LoadMigrations().Where(m => m.Version < before))
        {
            connection.Execute(sql);
            connection.Execute("INSERT INTO schema_migrations VALUES (@version, @name, '2026-01-01T00:00:00Z')", new { version, name });
        }
    }
}
