using System.Globalization;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Dossiers;

/// <summary>The dossiers table: a lookup by account and code, and the upsert imports run row by row.</summary>
public sealed class DossierStore(SqliteConnectionFactory connections)
{
    private const string DateFormat = "yyyy-MM-dd";

    private const string SelectByCode = """
        SELECT oa_id AS OaId, code, procedure_name AS ProcedureName, procedure_id AS ProcedureId, status,
               status_date AS StatusDate, note, imported_at AS ImportedAt, updated_at AS UpdatedAt, phone_tag AS PhoneTag
        FROM dossiers
        WHERE oa_id = @oaId AND code_key = @codeKey
        """;

    /// <summary>The account's dossier with this code, typed as a resident types it; null when unknown or not a code.</summary>
    public Dossier? Find(string oaId, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (DossierCode.Normalize(code) is not { } codeKey)
        {
            return null;
        }
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<DossierRow>(SelectByCode, new { oaId, codeKey })?.ToDossier();
    }

    // Only a row that differs is rewritten, so a re-import of the same list writes nothing and says so.
    // Imports run these for every row of lists of a million, on the writer's connection: prepared once
    // (Storage/PreparedStatements.cs) rather than parsed again for each row.
    private const string UpdateChanged = """
        UPDATE dossiers
        SET code = @code, procedure_name = @procedureName, procedure_id = @procedureId, status = @status,
            status_date = @statusDate, note = @note, phone_tag = @phoneTag, updated_at = @now
        WHERE oa_id = @oaId AND code_key = @codeKey
          AND NOT (code IS @code AND procedure_name IS @procedureName AND procedure_id IS @procedureId
                   AND status IS @status AND status_date IS @statusDate AND note IS @note AND phone_tag IS @phoneTag)
        """;

    private const string InsertNew = """
        INSERT INTO dossiers (oa_id, code_key, code, procedure_name, procedure_id, status, status_date, note, phone_tag, imported_at, updated_at)
        VALUES (@oaId, @codeKey, @code, @procedureName, @procedureId, @status, @statusDate, @note, @phoneTag, @now, @now)
        ON CONFLICT (oa_id, code_key) DO NOTHING
        """;

    /// <summary>Stores the row inside the caller's transaction and says whether it was new, changed or the same.</summary>
    public static DossierChange Upsert(SqliteConnection connection, SqliteTransaction transaction, string oaId, DossierEntry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(entry);
        ReadOnlySpan<(string, object?)> values =
        [
            ("oaId", oaId),
            ("codeKey", entry.CodeKey),
            ("code", entry.Code),
            ("procedureName", entry.Procedure),
            ("procedureId", entry.ProcedureId),
            ("status", entry.Status),
            ("statusDate", entry.StatusDate.ToString(DateFormat, CultureInfo.InvariantCulture)),
            ("note", entry.Note),
            ("phoneTag", entry.PhoneTag),
            ("now", now.ToUnixTimeMilliseconds()),
        ];
        if (connection.ExecutePrepared(transaction, UpdateChanged, values) > 0)
        {
            return DossierChange.Updated;
        }
        // No row changed: either there is none (insert) or it already says exactly this (the insert does nothing).
        return connection.ExecutePrepared(transaction, InsertNew, values) > 0 ? DossierChange.Inserted : DossierChange.Unchanged;
    }

    private sealed record DossierRow(
        string OaId, string Code, string ProcedureName, string? ProcedureId, string Status, string StatusDate, string? Note, long ImportedAt, long UpdatedAt,
        byte[]? PhoneTag)
    {
        public Dossier ToDossier() => new(
            OaId,
            Code,
            ProcedureName,
            ProcedureId,
            Status,
            DateOnly.ParseExact(StatusDate, DateFormat, CultureInfo.InvariantCulture),
            Note,
            DateTimeOffset.FromUnixTimeMilliseconds(ImportedAt),
            DateTimeOffset.FromUnixTimeMilliseconds(UpdatedAt),
            PhoneTag);
    }
}
