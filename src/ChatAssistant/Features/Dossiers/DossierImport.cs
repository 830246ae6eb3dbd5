using ChatAssistant.Storage;
using CsvHelper;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Dossiers;

/// <summary>Imports an office's result list (CSV) for one account: streamed, checked row by row, stored in batches.</summary>
/// <remarks>
/// The file may hold a million rows, so nothing but the current batch and one 64-bit hash per code is kept:
/// rows are read as they arrive and written <see cref="DossierOptions.ImportBatchSize"/> at a time, while the
/// next batch is being read. Each batch commits on its own: an interrupted import keeps what it stored, and
/// running it again completes it, because storing a row that is already there changes nothing.
/// A file is UTF-8 with or without a byte order mark, separated by ';' or ',' (found from its first lines),
/// with a header row (<see cref="DossierColumns"/>); of a phone number only a tag of its last digits is kept
/// (<see cref="DossierPhoneCheck"/>). A code given twice in one file is refused on its second
/// line, so the first line the officer wrote is the one kept and a re-import reports every row unchanged.
/// </remarks>
public sealed class DossierImport(
    SqliteWriter writer, CatalogueProcedures catalogue, DossierPhoneCheck phones, TimeProvider clock, IOptions<DossierOptions> options)
{
    // One record longer than this is a quote never closed: reading the rest of the file as one field would
    // take the whole upload into memory.
    private const int MaxRecordBytes = 64 * 1024;

    public async Task<DossierImportReport> ImportAsync(Stream csv, string oaId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var tally = new Tally(options.Value.MaxRejectedListed);
        var readerOptions = CsvReaderOptions.Default with
        {
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            // Skipped and reported rather than guessed at: a wrong guess would store a wrong status without a word.
            OnMalformedRecord = record => tally.Reject(record.LineNumber, null, Explain(record.Reason)),
        };
        await using var reader = CsvReader.Create(csv, readerOptions, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDossierFileException($"The header row cannot be read. {DossierColumns.Expected}", ex);
        }
        var columns = DossierColumns.Find(reader.Headers);
        if (columns.Phone is not null)
        {
            // Tags are made while rows are read, before the writer: the key must not be made inside a write.
            await phones.PrepareAsync().ConfigureAwait(false);
        }
        Func<string, string, byte[]> tagPhone = (codeKey, lastDigits) => phones.Tag(oaId, codeKey, lastDigits);
        var seen = new Dictionary<ulong, long>();
        var size = Math.Max(1, options.Value.ImportBatchSize);
        var batch = new List<DossierEntry>(size);
        Task<DossierChange[]>? writing = null;
        try
        {
            while (await ReadAsync(reader, tally, cancellationToken).ConfigureAwait(false))
            {
                var line = reader.LineNumber;
                var code = reader.GetString(columns.Code);
                var procedure = reader.GetString(columns.Procedure);
                var status = reader.GetString(columns.Status);
                var date = reader.GetString(columns.Date);
                var note = columns.Note is { } noteColumn ? reader.GetString(noteColumn) : null;
                var phone = columns.Phone is { } phoneColumn ? reader.GetString(phoneColumn) : null;
                if (code.Length == 0 && procedure.Length == 0 && status.Length == 0 && date.Length == 0 && string.IsNullOrEmpty(note) && string.IsNullOrEmpty(phone))
                {
                    // Spreadsheets export their formatted but empty rows as ";;;;".
                    continue;
                }
                if (DossierRowCheck.Check(code, procedure, status, date, note, phone, catalogue, tagPhone, out var reason) is not { } entry)
                {
                    tally.Reject(line, Shown(code), reason!);
                    continue;
                }
                if (!seen.TryAdd(Hash(entry.CodeKey), line))
                {
                    tally.Reject(line, Shown(code), $"The code is already on line {seen[Hash(entry.CodeKey)]}; a list gives each dossier once.");
                    continue;
                }
                batch.Add(entry);
                if (batch.Count == size)
                {
                    tally.Count(writing is null ? [] : await writing.ConfigureAwait(false));
                    writing = WriteAsync(oaId, batch);
                    batch = new List<DossierEntry>(size);
                }
            }
        }
        catch
        {
            // Reading broke (the upload was cut off): the batch still committing finishes first, so its outcome is
            // observed and the caller's audit row comes after it; then the reading error goes on.
            if (writing is not null)
            {
                await Task.WhenAny(writing).ConfigureAwait(false);
                _ = writing.Exception;
            }
            throw;
        }
        tally.Count(writing is null ? [] : await writing.ConfigureAwait(false));
        tally.Count(batch.Count == 0 ? [] : await WriteAsync(oaId, batch).ConfigureAwait(false));
        return tally.ToReport();
    }

    /// <summary>The next record; a record the reader cannot finish ends the import with a rejection saying so.</summary>
    private static async Task<bool> ReadAsync(CsvReader reader, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException)
        {
            tally.Reject(reader.LineNumber + 1, null,
                $"A row from here on is longer than {MaxRecordBytes / 1024} KiB, probably a quote that is never closed; the rest of the file was not read.");
            return false;
        }
    }

    private static string Explain(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "A field holds a quote (\") but does not start with one; put the field in quotes and double the quote inside.",
        CsvMalformedReason.TextAfterClosingQuote => "Text follows the closing quote of a field.",
        CsvMalformedReason.UnterminatedQuote => "A quote opened on this line is never closed; the rest of the file was read as this row and skipped.",
        _ => $"The row is malformed ({reason}).",
    };

    private Task<DossierChange[]> WriteAsync(string oaId, List<DossierEntry> entries) =>
        writer.WriteAsync((connection, transaction) =>
        {
            var now = clock.GetUtcNow();
            var changes = new DossierChange[entries.Count];
            for (var i = 0; i < entries.Count; i++)
            {
                changes[i] = DossierStore.Upsert(connection, transaction, oaId, entries[i], now);
            }
            return changes;
        });

    private static string? Shown(string code) => code.Trim() is { Length: > 0 } trimmed ? DossierRowCheck.Shorten(trimmed) : null;

    /// <summary>
    /// FNV-1a, 64 bits: a million codes take 8 MB instead of the strings' 100 MB. Two different codes share a
    /// hash with a chance of about 1 in 30 million per million-row file; the second would be refused as a repeat.
    /// </summary>
    private static ulong Hash(string codeKey)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in codeKey)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    private sealed class Tally(int maxListed)
    {
        private readonly List<DossierRejection> _rejected = [];
        private long _rejectedTotal;
        private long _inserted;
        private long _updated;
        private long _unchanged;

        public void Reject(long line, string? code, string reason)
        {
            _rejectedTotal++;
            if (_rejected.Count < maxListed)
            {
                _rejected.Add(new DossierRejection(line, code, reason));
            }
        }

        public void Count(DossierChange[] changes)
        {
            foreach (var change in changes)
            {
                switch (change)
                {
                    case DossierChange.Inserted: _inserted++; break;
                    case DossierChange.Updated: _updated++; break;
                    default: _unchanged++; break;
                }
            }
        }

        public DossierImportReport ToReport() => new(
            _inserted + _updated + _unchanged, _inserted, _updated, _unchanged, _rejectedTotal,
            [.. _rejected.OrderBy(r => r.Line)]);
    }
}
