using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Features.TipOffs.Keys;

/// <summary>
/// After the encryption key is rotated, re-seals every tip-off value and evidence file still sealed with a
/// previous key, so the previous key can be removed (issue 6, point 5). Runs at start, again every few
/// minutes while a pass leaves work behind, and whenever <see cref="Wake"/> is called.
/// </summary>
/// <remarks>
/// Keys come from configuration, read once at start-up: nothing sealed in this process uses an old key, so
/// once a pass leaves nothing behind, later passes would find nothing and the loop waits for a wake-up.
/// Each value is re-sealed under the context it was sealed with, so a pass cut short by a restart is simply
/// taken up by the next one.
/// </remarks>
public sealed partial class TipOffRekeying(
    SqliteConnectionFactory connections,
    SqliteWriter writer,
    ReceiptTagKey tagKey,
    TipOffCipher cipher,
    AuditLog audit,
    TimeProvider clock,
    ILogger<TipOffRekeying> logger,
    IEvidenceFiles? files = null) : BackgroundService
{
    public const string RekeyAction = "tipoffs.rekey";

    /// <summary>How soon a pass that left work behind (a row changed under it, a file that failed) is tried again.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(5);

    private readonly SealedValues _values = new(connections, writer, cipher, logger);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Values read and re-sealed per write: small, so webhook and chat writes get their turn in between.</summary>
    internal int BatchSize
    {
        get => _values.BatchSize;
        init => _values.BatchSize = value;
    }

    /// <summary>Runs a pass now rather than at the next retry.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Made here, before residents report, so the first report never waits for it.
            await tagKey.EnsureAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTagKeyFailed(logger, ex);
        }
        var first = true;
        while (true)
        {
            var retry = true;
            try
            {
                if (first)
                {
                    ReportAtStart();
                    first = false;
                }
                retry = (await RekeyAsync(stoppingToken).ConfigureAwait(false)).LeftWork;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next pass tries again; a failed pass must not stop the host.
                LogFailed(logger, ex);
            }
            await WaitAsync(retry ? RetryEvery : Timeout.InfiniteTimeSpan, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One pass over every sealed value, then every evidence file; audited when it changed anything.</summary>
    public async Task<RekeyPass> RekeyAsync(CancellationToken cancellationToken = default)
    {
        var pass = await _values.ResealStoredKeysAsync(cancellationToken).ConfigureAwait(false);
        foreach (var column in SealedColumn.All)
        {
            pass = pass.Plus(await _values.ResealAsync(column, cancellationToken).ConfigureAwait(false));
        }
        if (files is not null)
        {
            pass = pass.Plus(await _values.ResealFilesAsync(files, cancellationToken).ConfigureAwait(false));
        }

        if (pass.ChangedAnything)
        {
            await audit.WriteAsync(null, AuditLog.SystemActor, RekeyAction, oaId: null, subject: null,
                detail: string.Create(CultureInfo.InvariantCulture, $"values={pass.Values}; files={pass.Files}; unreadable={pass.Unreadable}")).ConfigureAwait(false);
            LogResealed(logger, pass.Values, pass.Files);
        }
        if (pass.Unreadable > 0)
        {
            LogUnreadable(logger, pass.Unreadable);
        }
        else if (!pass.LeftWork && HasPreviousKeys)
        {
            LogAllCurrent(logger);
        }
        return pass;
    }

    private bool HasPreviousKeys => cipher.Keys.Skip(1).Any();

    /// <summary>Tells the operator whether a previous key is still needed, before the pass that makes it unneeded.</summary>
    private void ReportAtStart()
    {
        // Same id rule as TipOffCipher: a previous key with the current key's id cannot be told apart by its first byte.
        if (cipher.Keys.Skip(1).Any(key => SHA256.HashData(key)[0] == cipher.CurrentKeyId))
        {
            LogIdClash(logger);
        }
        var stale = _values.CountStale();
        if (stale > 0)
        {
            LogStale(logger, stale);
        }
    }

    private async Task WaitAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woken = _wake.Reader.WaitToReadAsync(wait.Token).AsTask();
        var timer = Task.Delay(timeout, clock, wait.Token);
        await Task.WhenAny(woken, timer).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        _wake.Reader.TryRead(out _);
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} tip-off values are still sealed with a previous key: re-sealing them now. Keep TipOffs:PreviousEncryptionKeys until the log says every value is current")]
    private static partial void LogStale(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Every tip-off value and evidence file is sealed with the current key: TipOffs:PreviousEncryptionKeys may now be removed")]
    private static partial void LogAllCurrent(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-sealed {Values} tip-off values and {Files} evidence files with the current key")]
    private static partial void LogResealed(ILogger logger, int values, int files);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} tip-off values open with no configured key: put the key they were sealed with back in TipOffs:PreviousEncryptionKeys")]
    private static partial void LogUnreadable(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A key in TipOffs:PreviousEncryptionKeys has the same key id as TipOffs:EncryptionKey (1 chance in 256): values sealed with it cannot be found for re-sealing; rotate to another new key")]
    private static partial void LogIdClash(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The tip-off receipt tag key could not be made or opened: reports cannot be taken until this is fixed")]
    private static partial void LogTagKeyFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-sealing tip-off values failed; the next pass tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
