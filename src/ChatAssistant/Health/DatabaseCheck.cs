using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatAssistant.Health;

/// <summary>The database is migrated and answers a read.</summary>
public sealed class DatabaseCheck(DatabaseInitializer database, SqliteConnectionFactory connections) : IHealthCheck
{
    public const string Name = "database";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.IsReady)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("database not migrated yet"));
        }
        try
        {
            using var connection = connections.Open();
            connection.ExecuteScalar<long>("SELECT count(*) FROM schema_migrations");
        }
        catch (SqliteException ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"database unreachable: {CommitRecord.Describe(ex)}"));
        }
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
