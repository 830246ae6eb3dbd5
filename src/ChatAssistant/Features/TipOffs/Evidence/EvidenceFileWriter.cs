using System.Buffers.Binary;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Writes one evidence file, sealing each 64 KiB as it fills; the file takes its final name only on <see cref="CommitAsync"/>.</summary>
public sealed class EvidenceFileWriter : IAsyncDisposable
{
    private readonly TipOffCipher _cipher;
    private readonly TimeProvider _clock;
    private readonly long _evidenceId;
    private readonly string _finalPath;
    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[EvidenceVault.ChunkSize];
    private int _filled;
    private long _chunk;
    private bool _finished;
    private bool _committed;

    internal EvidenceFileWriter(TipOffCipher cipher, TimeProvider clock, long evidenceId, string tempPath, string finalPath, string fileName)
    {
        _cipher = cipher;
        _clock = clock;
        _evidenceId = evidenceId;
        _finalPath = finalPath;
        TempPath = tempPath;
        FileName = fileName;
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        _file = new FileStream(tempPath, options);
    }

    /// <summary>The name the file will have in the media folder (what <c>tipoff_evidence.file_name</c> keeps).</summary>
    public string FileName { get; }

    internal string TempPath { get; }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        while (!data.IsEmpty)
        {
            if (_filled == _buffer.Length)
            {
                // Only now is it known that this full chunk is not the last one.
                await SealAsync(last: false, cancellationToken).ConfigureAwait(false);
            }
            var take = Math.Min(data.Length, _buffer.Length - _filled);
            data.Span[..take].CopyTo(_buffer.AsSpan(_filled));
            _filled += take;
            data = data[take..];
        }
    }

    /// <summary>
    /// Seals what remains as the last chunk, flushes it to the disk and gives the file its final name; the file and the
    /// folder then show only the hour (<see cref="EvidenceFileTimes"/>).
    /// </summary>
    public async Task<string> CommitAsync(CancellationToken cancellationToken = default)
    {
        await FinishAsync(cancellationToken).ConfigureAwait(false);
        File.Move(TempPath, _finalPath);
        _committed = true;
        var now = _clock.GetUtcNow();
        EvidenceFileTimes.Stamp(_finalPath, now);
        EvidenceFileTimes.FolderChanged(Path.GetDirectoryName(_finalPath)!, now);
        return FileName;
    }

    /// <summary>Seals the last chunk (empty for an empty file) and closes the temporary file.</summary>
    internal async Task FinishAsync(CancellationToken cancellationToken)
    {
        await SealAsync(last: true, cancellationToken).ConfigureAwait(false);
        _file.Flush(flushToDisk: true);
        await _file.DisposeAsync().ConfigureAwait(false);
        _finished = true;
    }

    internal void MarkCommitted() => _committed = true;

    /// <summary>Without a commit the temporary file goes: it holds only ciphertext, so deleting it is enough.</summary>
    public async ValueTask DisposeAsync()
    {
        await _file.DisposeAsync().ConfigureAwait(false);
        if (!_committed)
        {
            File.Delete(TempPath);
            EvidenceFileTimes.FolderChanged(Path.GetDirectoryName(TempPath)!, _clock.GetUtcNow());
        }
    }

    private async ValueTask SealAsync(bool last, CancellationToken cancellationToken)
    {
        var sealedChunk = _cipher.Encrypt(_buffer.AsSpan(0, _filled), EvidenceVault.ChunkContext(_evidenceId, _chunk, last));
        var length = new byte[EvidenceVault.LengthSize];
        BinaryPrimitives.WriteInt32LittleEndian(length, sealedChunk.Length);
        await _file.WriteAsync(length, cancellationToken).ConfigureAwait(false);
        await _file.WriteAsync(sealedChunk, cancellationToken).ConfigureAwait(false);
        _chunk++;
        _filled = 0;
    }
}
