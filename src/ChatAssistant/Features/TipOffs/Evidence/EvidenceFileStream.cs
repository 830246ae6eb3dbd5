using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Reads an evidence file decrypted, one sealed chunk at a time, from any position (see <see cref="EvidenceVault"/> for the layout).</summary>
/// <remarks>
/// Every chunk but the last holds exactly <see cref="EvidenceVault.ChunkSize"/> bytes (the writer seals a chunk only
/// once it is full and more follows), so chunk n starts at n times a full sealed chunk and the length is known from
/// the file's size and the last chunk. A video player asking for a range costs the chunks it covers, not the file.
/// </remarks>
internal sealed class EvidenceFileStream : Stream
{
    private const int SealedChunkSize = EvidenceVault.LengthSize + EvidenceVault.SealOverhead + EvidenceVault.ChunkSize;

    private readonly TipOffCipher _cipher;
    private readonly long _evidenceId;
    private readonly SafeFileHandle _file;
    private readonly long _lastChunk;
    private readonly long _length;
    private byte[] _plain = [];
    private long _loadedChunk = -1;
    private long _position;

    private EvidenceFileStream(TipOffCipher cipher, long evidenceId, SafeFileHandle file)
    {
        _cipher = cipher;
        _evidenceId = evidenceId;
        _file = file;
        var fileLength = RandomAccess.GetLength(file);
        if (fileLength < EvidenceVault.LengthSize + EvidenceVault.SealOverhead)
        {
            throw new CryptographicException("The evidence file is cut short.");
        }
        _lastChunk = (fileLength - 1) / SealedChunkSize;
        var lastSealed = fileLength - _lastChunk * SealedChunkSize - EvidenceVault.LengthSize;
        if (lastSealed < EvidenceVault.SealOverhead)
        {
            throw new CryptographicException("The evidence file is cut short.");
        }
        _length = _lastChunk * EvidenceVault.ChunkSize + lastSealed - EvidenceVault.SealOverhead;
    }

    /// <summary>Opens the file and checks its first and last chunks, so a wrong, moved, damaged or cut-short file fails here, before anything is sent.</summary>
    public static async Task<EvidenceFileStream> OpenAsync(TipOffCipher cipher, long evidenceId, string path, CancellationToken cancellationToken)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        EvidenceFileStream? stream = null;
        try
        {
            stream = new EvidenceFileStream(cipher, evidenceId, file);
            if (stream._lastChunk > 0)
            {
                await stream.LoadAsync(stream._lastChunk, cancellationToken).ConfigureAwait(false);
            }
            await stream.LoadAsync(0, cancellationToken).ConfigureAwait(false);
            return stream;
        }
        catch
        {
            if (stream is null)
            {
                file.Dispose();
            }
            else
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            throw;
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _position = value;
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => _length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= _length || buffer.IsEmpty)
        {
            return 0;
        }
        var chunk = _position / EvidenceVault.ChunkSize;
        if (chunk != _loadedChunk)
        {
            await LoadAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
        return Take(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(Span<byte> buffer)
    {
        if (_position >= _length || buffer.IsEmpty)
        {
            return 0;
        }
        var chunk = _position / EvidenceVault.ChunkSize;
        if (chunk != _loadedChunk)
        {
            var stored = new byte[StoredLength(chunk)];
            Open(chunk, stored, RandomAccess.Read(_file, stored, chunk * SealedChunkSize));
        }
        return Take(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Take(Span<byte> buffer)
    {
        var offset = (int)(_position - _loadedChunk * EvidenceVault.ChunkSize);
        var count = Math.Min(buffer.Length, _plain.Length - offset);
        _plain.AsSpan(offset, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    private async Task LoadAsync(long chunk, CancellationToken cancellationToken)
    {
        var stored = new byte[StoredLength(chunk)];
        Open(chunk, stored, await RandomAccess.ReadAsync(_file, stored, chunk * SealedChunkSize, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The length prefix and the sealed chunk, as long as the layout says chunk n is.</summary>
    private int StoredLength(long chunk) => EvidenceVault.LengthSize + EvidenceVault.SealOverhead
        + (chunk == _lastChunk ? (int)(_length - _lastChunk * EvidenceVault.ChunkSize) : EvidenceVault.ChunkSize);

    /// <summary>Chunk n of the file, and whether it is the last: both are bound into its seal, so a chunk moved or a file cut short at a chunk boundary fails to open.</summary>
    /// <remarks>The chunk's own length prefix must agree with the layout, or the file was altered.</remarks>
    private void Open(long chunk, byte[] stored, int read)
    {
        if (read != stored.Length
            || BinaryPrimitives.ReadInt32LittleEndian(stored) != stored.Length - EvidenceVault.LengthSize)
        {
            throw new CryptographicException("The evidence file is damaged: a chunk does not match the file's layout.");
        }
        _plain = _cipher.Decrypt(stored.AsSpan(EvidenceVault.LengthSize), EvidenceVault.ChunkContext(_evidenceId, chunk, chunk == _lastChunk));
        _loadedChunk = chunk;
    }
}
