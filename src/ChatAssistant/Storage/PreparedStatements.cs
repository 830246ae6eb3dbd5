using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Storage;

/// <summary>
/// Reuses prepared statements on a long-lived connection (the writer's). Every new command makes
/// SQLite parse its SQL again, which measured at a third of the cost of the hottest writes
/// (bench/README.md); the few statements run for every message use this instead of Dapper.
/// </summary>
public static class PreparedStatements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Cache = [];

    /// <summary>Runs <paramref name="sql"/>, binding the parameters by name, and returns the rows changed.</summary>
    public static int ExecutePrepared(
        this SqliteConnection connection, SqliteTransaction transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Bind(connection, transaction, sql, parameters).ExecuteNonQuery();

    /// <summary>Runs <paramref name="sql"/> and returns the first column of the first row, or null when there is none.</summary>
    public static long? ScalarPrepared(
        this SqliteConnection connection, SqliteTransaction transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Bind(connection, transaction, sql, parameters).ExecuteScalar() switch
        {
            null or DBNull => null,
            var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        };

    private static SqliteCommand Bind(SqliteConnection connection, SqliteTransaction transaction, string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var commands = Cache.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }
        command.Transaction = transaction;
        // By name, not position: two call sites may pass the same statement's parameters in another order.
        foreach (var (name, value) in parameters)
        {
            var key = "@" + name;
            if (command.Parameters.Contains(key))
            {
                command.Parameters[key].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(key, value ?? DBNull.Value);
            }
        }
        return command;
    }
}
