using System.Text;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Retention;
using ChatAssistant.Testing;
using ChatAssistant.Tests.Features.TipOffs.Keys;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Tests.Features.TipOffs.Retention;

public sealed class TipOffRetentionTests : IAsyncDisposable
{
    private const string Oa = "oa-1";

    private readonly ManualClock _clock = new();
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly TempFolder _media = new();
    private readonly TipOffParts _parts;
    private readonly FolderEvidenceFiles _files;

    public TipOffRetentionTests()
    {
        _parts = new TipOffParts(_database, TipOffKeys.Options(), _clock);
        _files = new FolderEvidenceFiles(_media.Path, _parts.Cipher);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _media.Dispose();
    }

    private TipOffRetention Retention(IEvidenceFiles? files) =>
        new(_database.Connections, _database.Writer, new AuditLog(_database.Writer, _clock), _parts.Options, _clock,
            NullLogger<TipOffRetention>.Instance, files);

    private async Task<long> ReportAsync(string text, bool withEvidence = true)
    {
        var (id, _) = await _parts.Store.CreateAsync(new NewTipOff(Oa, "theft", text, false, "user-1", "0912345678")
        {
            Evidence = withEvidence ? [new EvidenceSource("image", "https://zalo.example/" + text)] : [],
        });
        await _parts.AddNoteAsync(id, "Ghi chú về " + text);
        if (withEvidence)
        {
            await _parts.StoreEvidenceAsync(id, _files, Encoding.UTF8.GetBytes("ảnh " + text));
        }
        return id;
    }

    private Task<int> SetStatusAsync(long id, string status, DateTimeOffset? closedAt) => _database.Writer.WriteAsync((connection, transaction) =>
        connection.Execute("UPDATE tipoffs SET status = @status, closed_at = @closedAt WHERE id = @id",
            new { id, status, closedAt = closedAt?.ToUnixTimeMilliseconds() }, transaction));

    private T Query<T>(Func<Microsoft.Data.Sqlite.SqliteConnection, T> query)
    {
        using var connection = _database.Connections.Open();
        return query(connection);
    }

    private List<byte[]> SealedOf(long id) => Query(c => c.Query<byte[]>("""
        SELECT text_cipher FROM tipoffs WHERE id = @id
        UNION ALL SELECT contact_cipher FROM tipoffs WHERE id = @id
        UNION ALL SELECT body_cipher FROM tipoff_notes WHERE tipoff_id = @id
        UNION ALL SELECT source_cipher FROM tipoff_evidence WHERE tipoff_id = @id
        UNION ALL SELECT sha256_cipher FROM tipoff_evidence WHERE tipoff_id = @id
        """, new { id }).AsList());

    private List<string> FilesOf(long id) =>
        Query(c => c.Query<string>("SELECT file_name FROM tipoff_evidence WHERE tipoff_id = @id AND file_name IS NOT NULL", new { id }).AsList());

    [Fact]
    public async Task OnlyReportsClosedLongerThanRetentionAreDeletedWithTheirEvidenceAndEachIsAudited()
    {
        var handled = await ReportAsync("XE-MAY-BI-TROM-001");
        var transferred = await ReportAsync("XE-MAY-BI-TROM-002", withEvidence: false);
        var open = await ReportAsync("XE-MAY-BI-TROM-003");
        var reopened = await ReportAsync("XE-MAY-BI-TROM-004");
        var recent = await ReportAsync("XE-MAY-BI-TROM-005");
        await SetStatusAsync(handled, TipOffStatus.Handled, _clock.UtcNow);
        await SetStatusAsync(transferred, TipOffStatus.Transferred, _clock.UtcNow);
        // Closed long ago, then taken up again: open, whatever closed_at still says.
        await SetStatusAsync(reopened, TipOffStatus.Verifying, _clock.UtcNow);
        _clock.Advance(TimeSpan.FromDays(366));
        await SetStatusAsync(recent, TipOffStatus.Rejected, _clock.UtcNow - TimeSpan.FromDays(364));
        var deletedSealed = SealedOf(handled).Concat(SealedOf(transferred)).ToList();
        var keptSealed = SealedOf(recent);
        var deletedFiles = FilesOf(handled);

        var deleted = await Retention(_files).PurgeAsync();

        Assert.Equal(2, deleted);
        Assert.Equal([open, reopened, recent], Query(c => c.Query<long>("SELECT id FROM tipoffs ORDER BY id").AsList()));
        Assert.Equal((0L, 0L), Query(c => c.QuerySingle<(long, long)>(
            "SELECT (SELECT count(*) FROM tipoff_notes WHERE tipoff_id IN @ids), (SELECT count(*) FROM tipoff_evidence WHERE tipoff_id IN @ids)",
            new { ids = new[] { handled, transferred } })));
        Assert.Equal(deletedFiles, _files.Shredded);
        Assert.All(deletedFiles, name => Assert.False(File.Exists(_files.Path(name))));
        Assert.All(new[] { open, reopened, recent }.SelectMany(FilesOf), name => Assert.True(File.Exists(_files.Path(name))));
        Assert.Equal(
            [$"system|{TipOffRetention.DeletedAction}|{Oa}|{handled}|notes=1; evidence=1; files=1", $"system|{TipOffRetention.DeletedAction}|{Oa}|{transferred}|notes=1; evidence=0; files=0"],
            Query(c => c.Query<string>("SELECT actor || '|' || action || '|' || oa_id || '|' || subject || '|' || detail FROM audit_log ORDER BY id").AsList()));

        // Nothing of the deleted reports is left in the files, not even ciphertext (secure_delete, then the WAL truncated)...
        var bytes = DatabaseBytes.Read(_database);
        Assert.All(deletedSealed, value => Assert.False(DatabaseBytes.Contains(bytes, value)));
        Assert.Equal(0, new FileInfo(_database.Folder.File("chat.db-wal")).Length);
        // ...while what was kept is still found the same way, so the search would have seen it.
        Assert.All(keptSealed, value => Assert.True(DatabaseBytes.Contains(bytes, value)));
    }

    [Fact]
    public async Task NothingPastRetentionDeletesAndAuditsNothing()
    {
        var closed = await ReportAsync("CU-1");
        await SetStatusAsync(closed, TipOffStatus.Handled, _clock.UtcNow);
        _clock.Advance(TimeSpan.FromDays(364));

        Assert.Equal(0, await Retention(_files).PurgeAsync());
        Assert.Equal(1L, Query(c => c.ExecuteScalar<long>("SELECT count(*) FROM tipoffs")));
        Assert.Equal(0L, Query(c => c.ExecuteScalar<long>("SELECT count(*) FROM audit_log")));
        Assert.Empty(_files.Shredded);
    }

    [Fact]
    public async Task WithoutAnEvidenceStoreAReportWithFilesIsKeptRatherThanItsFilesOrphaned()
    {
        var withFile = await ReportAsync("CO-ANH");
        var withoutFile = await ReportAsync("KHONG-ANH", withEvidence: false);
        await SetStatusAsync(withFile, TipOffStatus.Handled, _clock.UtcNow);
        await SetStatusAsync(withoutFile, TipOffStatus.Handled, _clock.UtcNow);
        _clock.Advance(TimeSpan.FromDays(400));

        Assert.Equal(1, await Retention(files: null).PurgeAsync());

        Assert.Equal([withFile], Query(c => c.Query<long>("SELECT id FROM tipoffs").AsList()));
        Assert.All(FilesOf(withFile), name => Assert.True(File.Exists(_files.Path(name))));
    }

    [Fact]
    public async Task ABacklogLargerThanOneWriteIsDeletedToTheEnd()
    {
        var ids = new List<long>();
        for (var i = 0; i < 230; i++)
        {
            var (id, _) = await _parts.Store.CreateAsync(new NewTipOff(Oa, "noise", "Karaoke ồn " + i, true));
            ids.Add(id);
        }
        await _database.Writer.WriteAsync((connection, transaction) => connection.Execute(
            "UPDATE tipoffs SET status = 'handled', closed_at = @closedAt", new { closedAt = _clock.UtcNow.ToUnixTimeMilliseconds() }, transaction));
        _clock.Advance(TimeSpan.FromDays(366));

        Assert.Equal(230, await Retention(_files).PurgeAsync());
        Assert.Equal(0L, Query(c => c.ExecuteScalar<long>("SELECT count(*) FROM tipoffs")));
        Assert.Equal(230L, Query(c => c.ExecuteScalar<long>("SELECT count(DISTINCT subject) FROM audit_log WHERE action = 'tipoff.deleted'")));
    }
}
