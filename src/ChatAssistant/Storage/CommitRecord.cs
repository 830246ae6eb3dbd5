using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChatAssistant.Storage;

/// <summary>When the writer last committed, and when and why a commit last failed for a reason of the database's own.</summary>
/// <remarks>
/// Only faults of the database or its disk count (full, locked too long, read-only, I/O): a write refused for its own
/// sake (a lost version race, a constraint) is its caller's business and says nothing about the service's health.
/// </remarks>
/// <param name="IsFailing">True when the latest commit attempt that counts failed: no commit has succeeded since.</param>
public sealed record CommitRecord(DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt, string? LastFailure, bool IsFailing)
{
    public static readonly CommitRecord None = new(null, null, null, false);

    /// <summary>Whether the exception is the database's or the disk's fault rather than the write's.</summary>
    public static bool IsStorageFault(Exception exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is
            raw.SQLITE_PERM or raw.SQLITE_BUSY or raw.SQLITE_LOCKED or raw.SQLITE_NOMEM or raw.SQLITE_READONLY
            or raw.SQLITE_IOERR or raw.SQLITE_CORRUPT or raw.SQLITE_FULL or raw.SQLITE_CANTOPEN or raw.SQLITE_PROTOCOL
            or raw.SQLITE_NOTADB,
        IOException => true,
        _ => false,
    };

    /// <summary>The failure in plain words with SQLite's code; never a statement or a value.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        SqliteException sqlite => $"{Words(sqlite.SqliteErrorCode)} (SQLite error {sqlite.SqliteErrorCode})",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    private static string Words(int code) => (code & 0xFF) switch
    {
        raw.SQLITE_PERM => "access to the database file denied",
        raw.SQLITE_BUSY => "the database stayed locked by another connection past the busy timeout",
        raw.SQLITE_LOCKED => "a table was locked",
        raw.SQLITE_NOMEM => "out of memory",
        raw.SQLITE_READONLY => "the database file is read-only",
        raw.SQLITE_IOERR => "the disk could not be read or written",
        raw.SQLITE_CORRUPT => "the database file is damaged",
        raw.SQLITE_FULL => "the database or its disk is full",
        raw.SQLITE_CANTOPEN => "the database file could not be opened",
        raw.SQLITE_PROTOCOL => "the database lock protocol failed",
        raw.SQLITE_NOTADB => "the file is not a database",
        _ => "the database refused the write",
    };
}
