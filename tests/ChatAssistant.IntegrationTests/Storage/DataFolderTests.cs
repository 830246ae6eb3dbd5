using ChatAssistant.Features.Reminders;
using ChatAssistant.Host.OfficerConsole;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.IntegrationTests.Storage;

/// <summary>
/// What a fresh start leaves in the data folder is the service user's alone: the folder 0700, the database, its WAL
/// and shared memory, the reminders' job store and every key file 0600 (Unix; on Windows there is nothing to check).
/// </summary>
public sealed class DataFolderTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_first_start_in_development_mode_keeps_every_file_it_makes_to_the_service_user()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var data = _folder.File("data");
        var database = Path.Combine(data, "chatassistant.db");

        await using (var service = await ServiceUnderTest.StartInDevelopmentAsync(database))
        {
            // The sign-in form's antiforgery token makes the first session key.
            using var signIn = await service.Http.GetAsync("/console/sign-in");
            signIn.EnsureSuccessStatusCode();

            // Held open while the modes are read: SQLite deletes a WAL and its shared memory when the last connection
            // closes (another test clearing the pools closes the host's idle ones), and makes them again, with the
            // database's mode, at the next one.
            var jobs = Path.Combine(data, ReminderStore.FileName);
            using var databaseReader = Reader(database);
            using var jobsReader = Reader(jobs);

            var keys = Path.Combine(data, ConsoleRegistration.KeysFolder);
            var files = new[]
            {
                database, database + "-wal", database + "-shm", jobs, jobs + "-wal", jobs + "-shm",
                // The tip-off key a development start generates when none is configured.
                Path.Combine(data, "tipoffs.key"),
            }.Concat(Directory.GetFiles(keys)).ToList();

            Assert.Contains(files, f => f.EndsWith(".xml", StringComparison.Ordinal));
            foreach (var folder in new[] { data, keys })
            {
                Assert.Equal((folder, OwnerOnlyFolder), (folder, File.GetUnixFileMode(folder)));
            }
            foreach (var file in files)
            {
                Assert.Equal((file, OwnerOnlyFile), (file, File.GetUnixFileMode(file)));
            }
        }
    }

    private static SqliteConnection Reader(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Mode=ReadWrite;Pooling=False");
        connection.Open();
        connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master");
        return connection;
    }
}
