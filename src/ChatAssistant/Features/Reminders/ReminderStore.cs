using System.Data.Common;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Reminders;

/// <summary>The SQLite file of the Quartz job store: its own file, so the scheduler's locks never wait on the service's writer.</summary>
public static class ReminderStore
{
    public const string FileName = "reminders.db";

    /// <summary>The configured path, or <c>reminders.db</c> beside the service database.</summary>
    public static string PathOf(ReminderOptions options, SqliteConnectionFactory service)
    {
        if (!string.IsNullOrWhiteSpace(options.StorePath))
        {
            return Path.GetFullPath(options.StorePath);
        }
        var main = service.DataSource is "" or ":memory:" ? Path.Combine("data", "x.db") : service.DataSource;
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(main)) ?? ".", FileName);
    }

    /// <summary>
    /// Opens the store for Quartz: creates the folder and the file owner-only (its jobs name residents' appointments)
    /// and turns on WAL (kept in the file) so reads never wait on a commit.
    /// </summary>
    public static DbDataSource Open(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ReminderOptions>>().Value;
        var path = PathOf(options, services.GetRequiredService<SqliteConnectionFactory>());
        OwnerOnlyFiles.PrepareDatabase(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode = WAL;";
            pragma.ExecuteNonQuery();
        }
        return new ReminderStoreDataSource(connectionString, options.StoreSynchronous);
    }
}
