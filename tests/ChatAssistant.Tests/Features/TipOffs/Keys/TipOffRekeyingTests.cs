using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Tests.Features.TipOffs.Keys;

public sealed class TipOffRekeyingTests : IAsyncDisposable
{
    private const string Oa = "oa-1";

    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly TempFolder _media = new();
    private readonly string _oldKey = TipOffKeys.NewKey();
    private readonly string _newKey;
    private readonly TipOffParts _before;
    private readonly TipOffParts _rotated;
    private readonly TipOffParts _after;

    public TipOffRekeyingTests()
    {
        _newKey = TipOffKeys.NewKeyUnlike(_oldKey);
        // Three lives of the service: on the old key; restarted with the new key and the old one kept for reading; the old one removed.
        _before = new TipOffParts(_database, TipOffKeys.Options(_oldKey));
        _rotated = new TipOffParts(_database, TipOffKeys.Options(_newKey, _oldKey));
        _after = new TipOffParts(_database, TipOffKeys.Options(_newKey));
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _media.Dispose();
    }

    private async Task<(long Id, string Receipt)> ReportAsync(TipOffParts parts, int n, bool anonymous = false)
    {
        var report = await parts.Store.CreateAsync(new NewTipOff(
            Oa, "drugs", $"Báo cáo {n}: bán ma túy ở ngõ {n} Trần Phú", anonymous, "user-" + n,
            anonymous ? null : $"09{n:00000000}", Location: anonymous ? null : $"Ngõ {n} Trần Phú")
        {
            Evidence = [new EvidenceSource("image", $"https://zalo.example/photo-{n}.jpg", $"anh-{n}.jpg")],
        });
        await parts.AddNoteAsync(report.Id, $"Ghi chú {n}: đã xác minh");
        await parts.StoreEvidenceAsync(report.Id, new FolderEvidenceFiles(_media.Path, parts.Cipher), Encoding.UTF8.GetBytes($"ảnh {n}"));
        return report;
    }

    /// <summary>Every sealed value in the database, by the context it was sealed under (unique per value).</summary>
    private Dictionary<string, byte[]> SealedInDatabase()
    {
        using var connection = _database.Connections.Open();
        var values = new Dictionary<string, byte[]>();
        foreach (var column in SealedColumn.All)
        {
            var rows = connection.Query<(long Id, byte[] Value)>($"SELECT id, {column.Column} FROM {column.Table} WHERE {column.Column} IS NOT NULL");
            Assert.True(rows.Any(), $"The test seeds no value in {column.Name}, so it would not notice that column being left behind.");
            foreach (var (id, value) in rows)
            {
                values.Add(column.Context(id), value);
            }
        }
        foreach (var (purpose, value) in connection.Query<(string Purpose, byte[] Value)>("SELECT purpose, sealed FROM tipoff_keys"))
        {
            values.Add(ReceiptTagKey.Context(purpose), value);
        }
        return values;
    }

    private Dictionary<string, byte[]> Open(TipOffCipher cipher) =>
        SealedInDatabase().ToDictionary(v => v.Key, v => cipher.Decrypt(v.Value, v.Key));

    private List<(long Id, string FileName)> StoredFiles()
    {
        using var connection = _database.Connections.Open();
        return connection.Query<(long, string)>("SELECT id, file_name FROM tipoff_evidence WHERE file_name IS NOT NULL").AsList();
    }

    private List<string> Audit()
    {
        using var connection = _database.Connections.Open();
        return connection.Query<string>("SELECT actor || '|' || action || '|' || detail FROM audit_log ORDER BY id").AsList();
    }

    [Fact]
    public async Task EverySealedColumnIsResealedWithTheNewKeyAndOpensToTheSameValue()
    {
        for (var n = 1; n <= 3; n++)
        {
            await ReportAsync(_before, n, anonymous: n == 2);
        }
        var plaintexts = Open(_before.Cipher);
        var files = new FolderEvidenceFiles(_media.Path, _rotated.Cipher);

        var pass = await _rotated.Rekeying(files).RekeyAsync();

        var resealed = SealedInDatabase();
        Assert.All(resealed.Values, value => Assert.Equal(_after.Cipher.CurrentKeyId, value[0]));
        Assert.Equal(plaintexts, Open(_after.Cipher));
        var reader = new FolderEvidenceFiles(_media.Path, _after.Cipher);
        Assert.Equal(3, StoredFiles().Count);
        Assert.All(StoredFiles(), f => Assert.StartsWith("ảnh ", Encoding.UTF8.GetString(reader.Read(f.Id, f.FileName)), StringComparison.Ordinal));
        Assert.Equal(new RekeyPass(plaintexts.Count, 3, 0, 0, 0), pass);
        Assert.Equal([$"system|{TipOffRekeying.RekeyAction}|values={plaintexts.Count}; files=3; unreadable=0"], Audit());
    }

    [Fact]
    public async Task ASecondPassFindsNothingAndAuditsNothing()
    {
        await ReportAsync(_before, 1);
        var files = new FolderEvidenceFiles(_media.Path, _rotated.Cipher);
        await _rotated.Rekeying(files).RekeyAsync();
        var first = SealedInDatabase();

        var second = await _rotated.Rekeying(files).RekeyAsync();

        Assert.Equal(RekeyPass.None, second);
        Assert.Equal(first, SealedInDatabase());
        Assert.Single(Audit());
    }

    [Fact]
    public async Task APassCutShortIsTakenUpByTheNextOne()
    {
        for (var n = 1; n <= 25; n++)
        {
            await ReportAsync(_before, n);
        }
        var plaintexts = Open(_before.Cipher);
        using var stop = new CancellationTokenSource();
        var logger = new RecordingLogger<TipOffRekeying> { OnLine = line => { if (line.Contains("tipoffs.text_cipher", StringComparison.Ordinal)) { stop.Cancel(); } } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _rotated.Rekeying(logger: logger, batchSize: 10).RekeyAsync(stop.Token));

        var halfway = SealedInDatabase();
        Assert.Equal(10, halfway.Count(v => v.Key.EndsWith(":text", StringComparison.Ordinal) && v.Value[0] == _rotated.Cipher.CurrentKeyId));
        Assert.Contains(halfway.Values, v => v[0] != _rotated.Cipher.CurrentKeyId);
        Assert.Empty(Audit());

        // As after a restart: a new instance, nothing carried over but the database.
        var pass = await new TipOffParts(_database, TipOffKeys.Options(_newKey, _oldKey)).Rekeying(batchSize: 10).RekeyAsync();

        // The cut-short pass did the receipt tag key and one batch of texts.
        Assert.Equal(plaintexts.Count - 11, pass.Values);
        Assert.All(SealedInDatabase().Values, value => Assert.Equal(_after.Cipher.CurrentKeyId, value[0]));
        Assert.Equal(plaintexts, Open(_after.Cipher));
        Assert.Single(Audit());
    }

    [Fact]
    public async Task ReceiptsStillResolveAfterRotationRekeyingAndRemovingTheOldKey()
    {
        var (first, firstReceipt) = await ReportAsync(_before, 1);
        var (second, secondReceipt) = await ReportAsync(_before, 2);
        var (during, duringReceipt) = await ReportAsync(_rotated, 3);

        await _rotated.Rekeying().RekeyAsync();

        var found = _after.Store.FindByReceipt(Oa, firstReceipt);
        Assert.Equal((first, "Báo cáo 1: bán ma túy ở ngõ 1 Trần Phú"), (found?.Id, found?.Text));
        Assert.Equal(second, _after.Store.FindByReceipt(Oa, secondReceipt)?.Id);
        Assert.Equal(during, _after.Store.FindByReceipt(Oa, duringReceipt)?.Id);
        Assert.Null(_after.Store.FindByReceipt(Oa, "AAAA-BBBB-CCCC"));
    }

    [Fact]
    public async Task WithoutRekeyingTheOldKeyCannotYetBeRemoved()
    {
        var (_, receipt) = await ReportAsync(_before, 1);

        Assert.ThrowsAny<CryptographicException>(() => _after.Store.FindByReceipt(Oa, receipt));
    }

    [Fact]
    public async Task ValuesNoConfiguredKeyOpensAreCountedAndLeftAsTheyAre()
    {
        await ReportAsync(_before, 1);
        var sealedValues = SealedInDatabase();
        var logger = new RecordingLogger<TipOffRekeying>();

        var pass = await _after.Rekeying(logger: logger).RekeyAsync();

        Assert.Equal(new RekeyPass(0, 0, sealedValues.Count, 0, 0), pass);
        Assert.Equal(sealedValues, SealedInDatabase());
        Assert.Contains(logger.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("TipOffs:PreviousEncryptionKeys", StringComparison.Ordinal));
        Assert.Empty(Audit());
    }

    [Fact]
    public async Task TheLogTellsTheOperatorWhenThePreviousKeyIsNoLongerNeeded()
    {
        await ReportAsync(_before, 1);
        var stale = SealedInDatabase().Count;
        var logger = new RecordingLogger<TipOffRekeying>();
        using var rekeying = _rotated.Rekeying(logger: logger);

        await rekeying.StartAsync(default);
        for (var i = 0; i < 200 && !logger.Lines.Any(l => l.Message.Contains("may now be removed", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(25);
        }
        await rekeying.StopAsync(default);

        var lines = logger.Lines.Select(l => l.Message).ToList();
        var warning = lines.FindIndex(l => l.StartsWith($"{stale} tip-off values are still sealed with a previous key", StringComparison.Ordinal));
        var done = lines.FindIndex(l => l.Contains("TipOffs:PreviousEncryptionKeys may now be removed", StringComparison.Ordinal));
        Assert.True(warning >= 0 && done > warning, string.Join(Environment.NewLine, lines));
    }

    [Fact]
    public async Task NeitherReportsNorNotesNorEvidenceSourcesReachTheDatabaseFilesInClear()
    {
        var markers = new[] { "Báo cáo 7:", "0900000007", "Ngõ 7 Trần Phú", "Ghi chú 7", "photo-7.jpg", "anh-7.jpg" };
        await ReportAsync(_before, 7);
        var bytes = DatabaseBytes.Read(_database);
        Assert.All(markers, marker => Assert.False(DatabaseBytes.Contains(bytes, marker), marker));

        await _rotated.Rekeying().RekeyAsync();

        var after = DatabaseBytes.Read(_database);
        Assert.All(markers, marker => Assert.False(DatabaseBytes.Contains(after, marker), marker));
        // The check can see what is there: the category is stored in clear.
        Assert.True(DatabaseBytes.Contains(after, "drugs"));
    }
}
