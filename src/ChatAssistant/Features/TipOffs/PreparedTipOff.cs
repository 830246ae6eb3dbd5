using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs;

/// <summary>A report ready to store: its receipt code, formatted to show once, and the write that returns its id.</summary>
public sealed record PreparedTipOff(string Receipt, Func<SqliteConnection, SqliteTransaction, long> Write);
