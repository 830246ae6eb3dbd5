namespace ChatAssistant.Storage;

/// <summary>
/// The data folder and the files in it that hold residents' data or keys, readable and writable by the service's
/// user alone (0700 folders, 0600 files): another account on the machine must not copy the database or a key.
/// </summary>
/// <remarks>
/// On Windows files inherit the folder's access list instead, and nothing here changes anything.
/// SQLite creates a database's <c>-wal</c> and <c>-shm</c> with the mode of the database file (whatever the umask),
/// so a database file created owner-only keeps its companions owner-only however often they come and go.
/// </remarks>
public static class OwnerOnlyFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode Others =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The companions SQLite keeps beside a database file.</summary>
    private static readonly string[] DatabaseCompanions = ["-wal", "-shm", "-journal"];

    /// <summary>Creates the folder (and any missing parent) owner-only; a folder that exists is left as it is.</summary>
    /// <remarks>
    /// An existing folder may be one the operator chose to share (the working directory): only what the service
    /// creates is narrowed. Parents are created one by one: given a mode, .NET applies it to the last folder only.
    /// </remarks>
    public static DirectoryInfo CreateFolder(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } parent && !Directory.Exists(parent))
        {
            CreateFolder(parent);
        }
        return Directory.CreateDirectory(full, FolderMode);
    }

    /// <summary>Creates the folder of <paramref name="databasePath"/> and the database file owner-only before SQLite opens it, and narrows what an older version left readable.</summary>
    /// <remarks>An empty file is a valid empty database to SQLite, so creating it first changes nothing but its mode.</remarks>
    public static void PrepareDatabase(string databasePath)
    {
        var path = Path.GetFullPath(databasePath);
        CreateFolder(Path.GetDirectoryName(path)!);
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        try
        {
            new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode }).Dispose();
        }
        catch (IOException) when (File.Exists(path))
        {
            // There already: narrowed below with its companions.
        }
        Narrow(path);
        foreach (var companion in DatabaseCompanions)
        {
            Narrow(path + companion);
        }
    }

    /// <summary>Takes every permission of group and others off the file, if it exists; the owner's are left as they are.</summary>
    public static void Narrow(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & Others) != 0)
            {
                File.SetUnixFileMode(path, mode & ~Others);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // Nothing to narrow: SQLite creates it later, with the database file's mode.
        }
    }
}
