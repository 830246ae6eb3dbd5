using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Conversations;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Evidence;
using Dapper;

namespace ChatAssistant.Tests.Features.TipOffs.Evidence;

public sealed class EvidenceFetcherTests : IAsyncLifetime
{
    private EvidenceRig _rig = null!;

    public async Task InitializeAsync() => _rig = await EvidenceRig.StartAsync(o =>
    {
        o.MaxFileBytes = 300_000;
        o.MaxAttempts = 3;
    });

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task AFetchedImageIsStoredWithItsSha256AndTheTypeItsBytesShow()
    {
        var content = MediaSamples.Jpeg(150_000);
        // Declared as a PNG: the bytes, not the sender, decide the type.
        var tipOffId = await _rig.ReportAsync(new EvidenceSource("image", _rig.Zalo.AddMedia(content, "image/png").ToString()));

        Assert.Equal(1, await _rig.Fetcher.FetchDueAsync());

        var item = Assert.Single(_rig.Evidence.List(tipOffId));
        Assert.Equal((EvidenceStatus.Stored, "image/jpeg", (long?)content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), (DateTimeOffset?)_rig.Clock.UtcNow),
            (item.Status, item.ContentType, item.Size, item.Sha256, item.StoredAt));
        var row = _rig.Row(item.Id);
        await using var stored = await _rig.Vault.OpenAsync(item.Id, row.FileName!);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task TheMediaFolderAloneRevealsNothing()
    {
        var marker = Encoding.UTF8.GetBytes("BIEN-SO-51F-123.45-NGUOI-BAN-0912345678");
        var content = MediaSamples.Jpeg(3 * EvidenceVault.ChunkSize);
        for (var at = 64; at + marker.Length < content.Length; at += 4096)
        {
            marker.CopyTo(content, at);
        }
        var evidenceId = await _rig.ReportImageAsync(_rig.Zalo.AddMedia(content, "image/jpeg"));

        await _rig.Fetcher.FetchDueAsync();

        Assert.Equal(EvidenceStatus.Stored, _rig.Row(evidenceId).Status);
        var files = _rig.MediaFiles();
        Assert.NotEmpty(files);
        Assert.All(files, path =>
        {
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(marker));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(MediaSamples.JpegStart));
        });
    }

    [Fact]
    public async Task AFileOverTheLimitIsRejectedWithoutKeepingAnything()
    {
        var evidenceId = await _rig.ReportImageAsync(_rig.Zalo.AddMedia(MediaSamples.Jpeg(300_001), "image/jpeg"));

        await _rig.Fetcher.FetchDueAsync();

        var row = _rig.Row(evidenceId);
        Assert.Equal((EvidenceStatus.Rejected, EvidenceReason.TooLarge, (string?)null), (row.Status, row.Reason, row.FileName));
        Assert.Empty(_rig.MediaFiles());
    }

    [Fact]
    public async Task AFileOfExactlyTheLimitIsStored()
    {
        var evidenceId = await _rig.ReportImageAsync(_rig.Zalo.AddMedia(MediaSamples.Jpeg(300_000), "image/jpeg"));

        await _rig.Fetcher.FetchDueAsync();

        Assert.Equal((EvidenceStatus.Stored, (long?)300_000), (_rig.Row(evidenceId).Status, _rig.Row(evidenceId).Size));
    }

    [Fact]
    public async Task AProgramServedAsAJpegIsRejectedByItsBytes()
    {
        var executable = MediaSamples.WithStart([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], 5000);
        var evidenceId = await _rig.ReportImageAsync(_rig.Zalo.AddMedia(executable, "image/jpeg"));

        await _rig.Fetcher.FetchDueAsync();

        Assert.Equal((EvidenceStatus.Rejected, EvidenceReason.Type), (_rig.Row(evidenceId).Status, _rig.Row(evidenceId).Reason));
        Assert.Empty(_rig.MediaFiles());
    }

    [Theory]
    [InlineData(404, EvidenceReason.Expired)]
    [InlineData(403, EvidenceReason.Expired)]
    [InlineData(410, EvidenceReason.Expired)]
    [InlineData(400, EvidenceReason.Refused)]
    public async Task AnExpiredOrRefusedUrlFailsAtOnce(int status, string reason)
    {
        var url = _rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg");
        if (status == 404)
        {
            _rig.Zalo.ExpireMedia(url);
        }
        else
        {
            _rig.Zalo.AnswerMediaWith(url, status);
        }
        var evidenceId = await _rig.ReportImageAsync(url);

        await _rig.Fetcher.FetchDueAsync();

        var row = _rig.Row(evidenceId);
        Assert.Equal((EvidenceStatus.Failed, reason, 1L), (row.Status, row.Reason, row.Attempts));
        Assert.Equal(1, _rig.Zalo.MediaRequests(url));
    }

    [Fact]
    public async Task AHostNotAllowedIsNeverRequested()
    {
        var url = _rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg");
        var viaName = new UriBuilder(url) { Host = "localhost" }.Uri;
        var evidenceId = await _rig.ReportImageAsync(viaName);

        await _rig.Fetcher.FetchDueAsync();

        Assert.Equal((EvidenceStatus.Rejected, EvidenceReason.Host), (_rig.Row(evidenceId).Status, _rig.Row(evidenceId).Reason));
        Assert.Equal(0, _rig.Zalo.MediaRequests(url));
    }

    [Fact]
    public async Task PlainHttpToAZaloHostIsRefused()
    {
        var evidenceId = await _rig.ReportImageAsync(new Uri("http://photo-stal-1.zdn.vn/abc.jpg"));

        await _rig.Fetcher.FetchDueAsync();

        Assert.Equal((EvidenceStatus.Rejected, EvidenceReason.Scheme), (_rig.Row(evidenceId).Status, _rig.Row(evidenceId).Reason));
    }

    [Fact]
    public async Task ServerErrorsAreRetriedWithGrowingDelaysThenTheFileIsStored()
    {
        var url = _rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg");
        _rig.Zalo.FailMediaTimes(url, 2);
        var evidenceId = await _rig.ReportImageAsync(url);

        await _rig.Fetcher.FetchDueAsync();
        Assert.Equal((EvidenceStatus.Pending, 1L), (_rig.Row(evidenceId).Status, _rig.Row(evidenceId).Attempts));
        Assert.Equal(0, await _rig.Fetcher.FetchDueAsync());

        _rig.Clock.Advance(_rig.Options.RetryDelay);
        Assert.Equal(1, await _rig.Fetcher.FetchDueAsync());
        Assert.Equal((EvidenceStatus.Pending, 2L), (_rig.Row(evidenceId).Status, _rig.Row(evidenceId).Attempts));

        // The second delay is twice the first.
        _rig.Clock.Advance(_rig.Options.RetryDelay);
        Assert.Equal(0, await _rig.Fetcher.FetchDueAsync());
        _rig.Clock.Advance(_rig.Options.RetryDelay);
        Assert.Equal(1, await _rig.Fetcher.FetchDueAsync());

        Assert.Equal(EvidenceStatus.Stored, _rig.Row(evidenceId).Status);
        Assert.Equal(3, _rig.Zalo.MediaRequests(url));
    }

    [Fact]
    public async Task AfterMaxAttemptsAnUnreachableFileIsGivenUp()
    {
        var url = _rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg");
        _rig.Zalo.FailMediaTimes(url, 10);
        var evidenceId = await _rig.ReportImageAsync(url);

        for (var i = 0; i < 6; i++)
        {
            await _rig.Fetcher.FetchDueAsync();
            _rig.Clock.Advance(TimeSpan.FromHours(1));
        }

        var row = _rig.Row(evidenceId);
        Assert.Equal((EvidenceStatus.Failed, EvidenceReason.Unreachable, 3L), (row.Status, row.Reason, row.Attempts));
        Assert.Equal(3, _rig.Zalo.MediaRequests(url));
    }

    [Fact]
    public async Task AnAnonymousReportsEvidenceKeepsItsTimesToTheHourOnceStoredANamedOnesToTheMillisecond()
    {
        _rig.Clock.Advance(new TimeSpan(0, 0, 23, 45, 678));
        var url = _rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg");
        _rig.Zalo.FailMediaTimes(url, 1);
        var anonymous = await _rig.ReportAsync(new EvidenceSource("image", url.ToString()));
        var named = await _rig.ReportAsync(anonymous: false, new EvidenceSource("image", _rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg").ToString()));
        var namedStored = _rig.Clock.UtcNow;

        await _rig.Fetcher.FetchDueAsync();
        // While the fetch is pending, its next try is exact: it is what schedules the fetch.
        var retry = _rig.Clock.UtcNow + _rig.Options.RetryDelay;
        Assert.Equal(retry, NextAttemptAt(_rig.Evidence.List(anonymous).Single().Id));
        _rig.Clock.Advance(_rig.Options.RetryDelay);
        await _rig.Fetcher.FetchDueAsync();

        // What officers read, and what stays in the row.
        var stored = _rig.Evidence.List(anonymous).Single();
        var hour = FlowTraces.ToTheHour(_rig.Clock.UtcNow);
        Assert.NotEqual(hour, _rig.Clock.UtcNow);
        Assert.Equal((EvidenceStatus.Stored, (DateTimeOffset?)hour, FlowTraces.ToTheHour(retry)), (stored.Status, stored.StoredAt, NextAttemptAt(stored.Id)));
        Assert.Equal((EvidenceStatus.Stored, (DateTimeOffset?)namedStored), (_rig.Evidence.List(named).Single().Status, _rig.Evidence.List(named).Single().StoredAt));
    }

    [Fact]
    public async Task AnAnonymousReportsEvidenceGivenUpAfterRetriesKeepsItsLastTryOnlyToTheHour()
    {
        _rig.Clock.Advance(new TimeSpan(0, 0, 23, 45, 678));
        var url = _rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg");
        _rig.Zalo.FailMediaTimes(url, 10);
        var evidenceId = await _rig.ReportImageAsync(url);

        await _rig.Fetcher.FetchDueAsync();
        _rig.Clock.Advance(_rig.Options.RetryDelay);
        await _rig.Fetcher.FetchDueAsync();
        var lastTry = _rig.Clock.UtcNow + 2 * _rig.Options.RetryDelay;
        Assert.Equal(lastTry, NextAttemptAt(evidenceId));
        _rig.Clock.Advance(2 * _rig.Options.RetryDelay);
        await _rig.Fetcher.FetchDueAsync();

        Assert.Equal((EvidenceStatus.Failed, 3L), (_rig.Row(evidenceId).Status, _rig.Row(evidenceId).Attempts));
        Assert.NotEqual(FlowTraces.ToTheHour(lastTry), lastTry);
        Assert.Equal(FlowTraces.ToTheHour(lastTry), NextAttemptAt(evidenceId));
    }

    private DateTimeOffset NextAttemptAt(long evidenceId)
    {
        using var connection = _rig.Database.Connections.Open();
        return DateTimeOffset.FromUnixTimeMilliseconds(
            connection.ExecuteScalar<long>("SELECT next_attempt_at FROM tipoff_evidence WHERE id = @evidenceId", new { evidenceId }));
    }

    [Fact]
    public async Task OldOrphanedFilesAreShreddedAndEverythingElseIsKept()
    {
        var evidenceId = await _rig.ReportImageAsync(_rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg"));
        await _rig.Fetcher.FetchDueAsync();
        var recorded = Path.Combine(_rig.Options.MediaFolder!, _rig.Row(evidenceId).FileName!);
        var oldOrphan = await OrphanAsync();
        var freshOrphan = await OrphanAsync();
        var longAgo = (_rig.Clock.UtcNow - TimeSpan.FromHours(2)).UtcDateTime;
        File.SetLastWriteTimeUtc(oldOrphan, longAgo);
        File.SetLastWriteTimeUtc(recorded, longAgo);
        File.SetLastWriteTimeUtc(freshOrphan, (_rig.Clock.UtcNow - TimeSpan.FromMinutes(10)).UtcDateTime);

        Assert.Equal(1, await _rig.Fetcher.SweepOrphansAsync());

        Assert.Equal(new[] { freshOrphan, recorded }.Order(), _rig.MediaFiles().Order());
    }

    [Fact]
    public async Task AnOrphanStoredAtTheEndOfAnHourIsKeptUntilItIsOldThoughItShowsTheHoursStart()
    {
        _rig.Clock.Advance(new TimeSpan(0, 59, 58));
        var orphan = await OrphanAsync();
        Assert.Equal(FlowTraces.ToTheHour(_rig.Clock.UtcNow).UtcDateTime, File.GetLastWriteTimeUtc(orphan));

        _rig.Clock.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(0, await _rig.Fetcher.SweepOrphansAsync());
        _rig.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await _rig.Fetcher.SweepOrphansAsync());
        Assert.Equal([orphan], _rig.MediaFiles());

        _rig.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _rig.Fetcher.SweepOrphansAsync());
        Assert.Empty(_rig.MediaFiles());
    }

    [Fact]
    public async Task ATemporaryFileJustWrittenIsKeptUntilItIsOldAndStoredFilesAreNeverSwept()
    {
        var evidenceId = await _rig.ReportImageAsync(_rig.Zalo.AddMedia(MediaSamples.Jpeg(1000), "image/jpeg"));
        await _rig.Fetcher.FetchDueAsync();
        _rig.Clock.Advance(TimeSpan.FromMinutes(30));
        // A fetch cut short by a crash: its file keeps the time its last chunk was written.
        var temporary = Path.Combine(_rig.Options.MediaFolder!, "0123456789abcdef0123456789abcdef.bin.tmp");
        await File.WriteAllBytesAsync(temporary, MediaSamples.Jpeg(100));
        File.SetLastWriteTimeUtc(temporary, _rig.Clock.UtcNow.UtcDateTime);

        _rig.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await _rig.Fetcher.SweepOrphansAsync());
        _rig.Clock.Advance(TimeSpan.FromMinutes(62));
        Assert.Equal(1, await _rig.Fetcher.SweepOrphansAsync());

        Assert.Equal([Path.Combine(_rig.Options.MediaFolder!, _rig.Row(evidenceId).FileName!)], _rig.MediaFiles());
        Assert.Equal(FlowTraces.ToTheHour(_rig.Clock.UtcNow).UtcDateTime, Directory.GetLastWriteTimeUtc(_rig.Options.MediaFolder!));
    }

    private async Task<string> OrphanAsync()
    {
        await using var writer = _rig.Vault.Create(999);
        await writer.WriteAsync(MediaSamples.Jpeg(100));
        return Path.Combine(_rig.Options.MediaFolder!, await writer.CommitAsync());
    }
}
