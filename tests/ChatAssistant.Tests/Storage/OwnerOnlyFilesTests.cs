using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Storage;

/// <summary>The database, its folder and the files SQLite adds beside it are the service user's alone (Unix; Windows has nothing to check).</summary>
public sealed class OwnerOnlyFilesTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SqliteConnectionFactory Connections(string path) =>
        new(Options.Create(new StorageOptions { ConnectionString = $"Data Source={path}", Synchronous = "NORMAL" }));

    [Fact]
    public void A_first_start_makes_the_folder_and_the_database_owner_only_and_so_are_the_wal_and_shm_sqlite_adds_later()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var path = Path.Combine(_folder.Path, "srv", "data", "chat.db");
        var connections = Connections(path);

        new Migrator(connections, NullLogger<Migrator>.Instance).Migrate();
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(_folder.File("srv")));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(path));

        // The last connection closing folds the WAL in and deletes both files; the next write makes them anew.
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(path + "-wal"));
        using (var connection = connections.OpenForWriting())
        {
            connection.Execute("INSERT INTO audit_log (at, actor, action) VALUES (1, 'system', 'test')");
            Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(path + "-wal"));
            Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(path + "-shm"));
        }
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_database_an_older_version_left_readable_to_others_is_narrowed_with_its_companions_and_its_folder_is_left_alone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var readable = OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        var path = _folder.File("chat.db");
        File.SetUnixFileMode(_folder.Path, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            old.Execute("PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.SetUnixFileMode(file, readable);
            }

            // While the older files are still there, as after a crash.
            Connections(path).EnsureDirectory();

            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                Assert.Equal((file, OwnerOnlyFile), (file, File.GetUnixFileMode(file)));
            }
        }
        Assert.Equal(OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute, File.GetUnixFileMode(_folder.Path));
    }
}
