using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Fetches reports' media from Zalo's expiring URLs into the vault, retries what may yet succeed, and shreds orphaned files.</summary>
/// <remarks>
/// One file at a time: a ward's reports bring a few photos a day, and one fetch at a time keeps a burst of videos
/// from taking the machine's bandwidth from chat replies. It wakes on <see cref="EvidenceArrivals"/> so a fresh
/// URL is fetched while it still works, and on a short tick for retries that come due.
/// Logs carry evidence ids, reason codes and at most a host: never a URL (it is the resident's file) nor content.
/// </remarks>
public sealed partial class EvidenceFetcher(
    EvidenceBacklog backlog,
    MediaFetch fetch,
    EvidenceVault vault,
    EvidenceArrivals arrivals,
    TipOffCipher cipher,
    IOptions<EvidenceOptions> options,
    TimeProvider clock,
    ILogger<EvidenceFetcher> logger) : BackgroundService
{
    /// <summary>A file younger than this may belong to a fetch or a re-encryption still under way.</summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromHours(1);

    // How much earlier than its last write a file's time may be: files show only the hour (EvidenceFileTimes).
    private static readonly TimeSpan ShownEarly = TimeSpan.FromHours(1);
    private static readonly TimeSpan SafetyTick = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);
    private const int BatchSize = 8;

    private readonly EvidenceOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextSweep = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FetchDueAsync(stoppingToken).ConfigureAwait(false);
                if (clock.GetUtcNow() >= nextSweep)
                {
                    await SweepOrphansAsync(stoppingToken).ConfigureAwait(false);
                    nextSweep = clock.GetUtcNow() + SweepEvery;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again; a broken pass must not stop the host.
                LogPassFailed(logger, ex);
            }
            await arrivals.WaitAsync(SafetyTick, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Fetches every row that is due now, a small batch at a time; returns how many were tried.</summary>
    public async Task<int> FetchDueAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        IReadOnlyList<PendingEvidence> due;
        do
        {
            due = backlog.Due(BatchSize);
            foreach (var row in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await FetchOneAsync(row, cancellationToken).ConfigureAwait(false);
            }
            total += due.Count;
        }
        while (due.Count == BatchSize);
        return total;
    }

    /// <summary>Shreds files of the media folder that no row points at and that are older than <see cref="OrphanAge"/> (an hour more by the time they show); returns how many.</summary>
    /// <remarks>A crash between writing a file and recording it leaves such a file; it is ciphertext, but a report's retention must not be outlived by it.</remarks>
    public async Task<int> SweepOrphansAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(vault.Folder))
        {
            return 0;
        }
        // Names first, files second: a file recorded after this read is younger than the age limit anyway.
        var known = backlog.FileNames();
        // A stored file shows the start of its hour (EvidenceFileTimes), up to an hour before it was written: it is taken
        // for an orphan only once the time it shows is the age limit and an hour ago.
        var cutoff = clock.GetUtcNow() - OrphanAge - ShownEarly;
        var shredded = 0;
        foreach (var path in Directory.EnumerateFiles(vault.Folder))
        {
            if (known.Contains(Path.GetFileName(path)) || File.GetLastWriteTimeUtc(path) > cutoff.UtcDateTime)
            {
                continue;
            }
            try
            {
                if (await vault.ShredPathAsync(path, cancellationToken).ConfigureAwait(false))
                {
                    shredded++;
                }
            }
            catch (IOException ex)
            {
                // In use (a re-encryption finishing with it): the next sweep looks again.
                LogOrphanBusy(logger, ex);
            }
        }
        if (shredded > 0)
        {
            LogOrphansShredded(logger, shredded);
        }
        return shredded;
    }

    private async Task FetchOneAsync(PendingEvidence row, CancellationToken cancellationToken)
    {
        var source = OpenSource(row);
        var outcome = source is null
            ? FetchOutcome.Retry(EvidenceReason.Unreadable)
            : await fetch.FetchAsync(row.Id, source.Url, cancellationToken).ConfigureAwait(false);
        var host = source is not null && Uri.TryCreate(source.Url, UriKind.Absolute, out var url) ? url.IdnHost : "";
        switch (outcome.Status)
        {
            case EvidenceStatus.Stored when outcome.File is { } file:
                if (await backlog.StoreAsync(row.Id, file).ConfigureAwait(false))
                {
                    LogStored(logger, row.Id, file.ContentType, file.Size);
                }
                else
                {
                    // The report went (retention, deletion) while its file was being fetched.
                    await vault.ShredAsync(file.FileName, cancellationToken).ConfigureAwait(false);
                    LogRowGone(logger, row.Id);
                }
                break;
            case EvidenceStatus.Pending when row.Attempts + 1 < _options.MaxAttempts:
                var delay = RetryDelay(row.Attempts);
                await backlog.RetryAsync(row.Id, clock.GetUtcNow() + delay).ConfigureAwait(false);
                LogRetry(logger, row.Id, outcome.Reason, host, row.Attempts + 1, delay);
                break;
            default:
                var status = outcome.Status == EvidenceStatus.Pending ? EvidenceStatus.Failed : outcome.Status;
                var reason = outcome.Reason ?? EvidenceReason.Unreachable;
                await backlog.SettleAsync(row.Id, status, reason).ConfigureAwait(false);
                LogSettled(logger, row.Id, status, reason, host);
                break;
        }
    }

    private EvidenceSource? OpenSource(PendingEvidence row)
    {
        try
        {
            var json = cipher.Decrypt(row.SourceCipher, TipOffStore.EvidenceSourceContext(row.Id));
            return JsonSerializer.Deserialize<EvidenceSource>(json) is { Url.Length: > 0 } source ? source : null;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            // Retried like a network fault: a key missing from the configuration can still be put back in time.
            LogSourceUnreadable(logger, row.Id, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>The configured delay, doubled for each try already made, at most an hour.</summary>
    private TimeSpan RetryDelay(long attemptsBefore) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, _options.RetryDelay.Ticks * (1L << (int)Math.Min(attemptsBefore, 20))));

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence {EvidenceId} stored: {ContentType}, {Size} bytes")]
    private static partial void LogStored(ILogger logger, long evidenceId, string contentType, long size);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evidence {EvidenceId} from {Host} not fetched ({Reason}) on try {Attempt}; next try in {Delay}")]
    private static partial void LogRetry(ILogger logger, long evidenceId, string? reason, string host, long attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evidence {EvidenceId} from {Host} {Status}: {Reason}")]
    private static partial void LogSettled(ILogger logger, long evidenceId, string status, string reason, string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence {EvidenceId} was deleted while it was fetched; its file was shredded")]
    private static partial void LogRowGone(ILogger logger, long evidenceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The source of evidence {EvidenceId} does not open ({Error}): is a previous TipOffs key missing?")]
    private static partial void LogSourceUnreadable(ILogger logger, long evidenceId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shredded {Count} orphaned evidence files")]
    private static partial void LogOrphansShredded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "An orphaned evidence file is in use; the next sweep tries again")]
    private static partial void LogOrphanBusy(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of the evidence fetcher failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
