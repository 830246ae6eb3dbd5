using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Reads an evidence file decrypted, one sealed chunk at a time (see <see cref="EvidenceVault"/> for the layout).</summary>
internal sealed class EvidenceFileStream : Stream
{
    private readonly TipOffCipher _cipher;
    private readonly long _evidenceId;
    private readonly FileStream _file;
    private readonly byte[] _length = new byte[EvidenceVault.LengthSize];
    private byte[] _plain = [];
    private int _offset;
    private long _chunk;
    private bool _ended;

    private EvidenceFileStream(TipOffCipher cipher, long evidenceId, FileStream file)
    {
        _cipher = cipher;
        _evidenceId = evidenceId;
        _file = file;
    }

    public static async Task<EvidenceFileStream> OpenAsync(TipOffCipher cipher, long evidenceId, string path, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, useAsync: true);
        var stream = new EvidenceFileStream(cipher, evidenceId, file);
        try
        {
            await stream.LoadNextAsync(cancellationToken).ConfigureAwait(false);
            return stream;
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_offset == _plain.Length)
        {
            if (_ended)
            {
                return 0;
            }
            await LoadNextAsync(cancellationToken).ConfigureAwait(false);
        }
        return Take(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(Span<byte> buffer)
    {
        while (_offset == _plain.Length)
        {
            if (_ended)
            {
                return 0;
            }
            LoadNext();
        }
        return Take(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
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

    public override async ValueTask DisposeAsync()
    {
        await _file.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Take(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _plain.Length - _offset);
        _plain.AsSpan(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    private async Task LoadNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _file.ReadExactlyAsync(_length, cancellationToken).ConfigureAwait(false);
            var sealedChunk = new byte[CheckedLength()];
            await _file.ReadExactlyAsync(sealedChunk, cancellationToken).ConfigureAwait(false);
            Open(sealedChunk);
        }
        catch (EndOfStreamException ex)
        {
            throw new CryptographicException("The evidence file is cut short.", ex);
        }
    }

    private void LoadNext()
    {
        try
        {
            _file.ReadExactly(_length);
            var sealedChunk = new byte[CheckedLength()];
            _file.ReadExactly(sealedChunk);
            Open(sealedChunk);
        }
        catch (EndOfStreamException ex)
        {
            throw new CryptographicException("The evidence file is cut short.", ex);
        }
    }

    private int CheckedLength()
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(_length);
        return length is >= EvidenceVault.SealOverhead and <= EvidenceVault.SealOverhead + EvidenceVault.ChunkSize
            ? length
            : throw new CryptographicException("The evidence file is damaged: a chunk length is out of range.");
    }

    /// <summary>A chunk is the last one exactly when the file ends after it; its seal says whether it was written as such.</summary>
    private void Open(byte[] sealedChunk)
    {
        var last = _file.Position == _file.Length;
        _plain = _cipher.Decrypt(sealedChunk, EvidenceVault.ChunkContext(_evidenceId, _chunk, last));
        _offset = 0;
        _chunk++;
        _ended = last;
    }
}
