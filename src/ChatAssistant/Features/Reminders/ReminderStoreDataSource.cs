using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Reminders;

/// <summary>Connections to the Quartz store with the configured synchronous level, which SQLite keeps per connection, not in the file.</summary>
internal sealed class ReminderStoreDataSource(string connectionString, string synchronous) : DbDataSource
{
    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.StateChange += SetPragmas;
        return connection;
    }

    private void SetPragmas(object? sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Open && sender is SqliteConnection connection)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA synchronous = {synchronous};";
            pragma.ExecuteNonQuery();
        }
    }
}
