using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using ChatAssistant.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>The media folder: evidence files encrypted in sealed chunks, so the folder alone reveals nothing (issue 6, point 5).</summary>
/// <remarks>
/// A file is a run of chunks, each a 4-byte little-endian length and a <see cref="TipOffCipher"/> value sealing up to
/// 64 KiB of plaintext under <c>tipoff-evidence:{id}:chunk:{n}:{last|more}</c>. The evidence id, the chunk's place
/// and whether it ends the file are all bound in, so a file moved to another row, chunks reordered, a file cut short
/// at a chunk boundary or lengthened all fail to open. Files are read and written a chunk at a time: memory stays
/// constant whatever the size of a video.
/// </remarks>
public sealed class EvidenceVault : IEvidenceFiles
{
    public const int ChunkSize = 64 * 1024;

    internal const int SealOverhead = 1 + TipOffCipher.NonceSize + TipOffCipher.TagSize;
    internal const int LengthSize = 4;

    private readonly TipOffCipher _cipher;
    private readonly TimeProvider _clock;

    public EvidenceVault(TipOffCipher cipher, IOptions<EvidenceOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _cipher = cipher;
        _clock = clock;
        Folder = options.Value.MediaFolder ?? throw new InvalidOperationException("TipOffs:Evidence:MediaFolder is not set.");
    }

    /// <summary>The media folder's full path.</summary>
    public string Folder { get; }

    /// <summary>A new file with a random name for the evidence; it appears in the folder under that name only once committed.</summary>
    public EvidenceFileWriter Create(long evidenceId)
    {
        EnsureFolder();
        var fileName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + ".bin";
        return new EvidenceFileWriter(_cipher, _clock, evidenceId, PathOf(fileName) + ".tmp", PathOf(fileName), fileName);
    }

    /// <summary>
    /// The decrypted content, read a chunk at a time from any position (its length known, so ranges can be served).
    /// The first and last chunks are opened before this returns, so a wrong, moved, damaged or cut-short file fails
    /// here, not half-way through a download.
    /// </summary>
    /// <exception cref="CryptographicException">The file does not open as this evidence's.</exception>
    public async Task<Stream> OpenAsync(long evidenceId, string fileName, CancellationToken cancellationToken = default) =>
        await EvidenceFileStream.OpenAsync(_cipher, evidenceId, PathOf(fileName), cancellationToken).ConfigureAwait(false);

    public async Task<bool> ResealAsync(long evidenceId, string fileName, CancellationToken cancellationToken)
    {
        var path = PathOf(fileName);
        if (await IsCurrentAsync(path, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        // The new file shows the hour the old one was stored, not the hour of the re-encryption.
        var stored = new DateTimeOffset(File.GetLastWriteTimeUtc(path));
        var writer = new EvidenceFileWriter(_cipher, _clock, evidenceId, path + ".tmp", path, fileName);
        await using (writer.ConfigureAwait(false))
        {
            var source = await OpenAsync(evidenceId, fileName, cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                var buffer = new byte[ChunkSize];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
            await writer.FinishAsync(cancellationToken).ConfigureAwait(false);
            // Replace swaps the new file in under the same name in one step (the row keeps pointing at a whole file);
            // the old ciphertext, kept aside as the backup, is then shredded rather than left in the folder.
            var retired = path + ".retired";
            File.Replace(writer.TempPath, path, retired);
            writer.MarkCommitted();
            EvidenceFileTimes.Stamp(path, stored);
            await ShredPathAsync(retired, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    public Task<bool> ShredAsync(string fileName, CancellationToken cancellationToken) =>
        ShredPathAsync(PathOf(fileName), cancellationToken);

    /// <summary>Overwrites the file with zeros, flushed to the disk, then deletes it; false when there is no such file.</summary>
    internal async Task<bool> ShredPathAsync(string path, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        await using (file.ConfigureAwait(false))
        {
            var zeros = new byte[ChunkSize];
            for (var left = file.Length; left > 0; left -= ChunkSize)
            {
                await file.WriteAsync(zeros.AsMemory(0, (int)Math.Min(left, ChunkSize)), cancellationToken).ConfigureAwait(false);
            }
            file.Flush(flushToDisk: true);
        }
        File.Delete(path);
        EvidenceFileTimes.FolderChanged(Path.GetDirectoryName(path)!, _clock.GetUtcNow());
        return true;
    }

    internal static string ChunkContext(long evidenceId, long chunk, bool last) =>
        string.Create(CultureInfo.InvariantCulture, $"tipoff-evidence:{evidenceId}:chunk:{chunk}:{(last ? "last" : "more")}");

    /// <summary>The path of a file in the folder; a name that could lead elsewhere is refused.</summary>
    internal string PathOf(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        if (Path.GetFileName(fileName) != fileName || fileName is "." or "..")
        {
            throw new ArgumentException("An evidence file name is a bare name inside the media folder.", nameof(fileName));
        }
        return Path.Combine(Folder, fileName);
    }

    private void EnsureFolder() => OwnerOnlyFiles.CreateFolder(Folder);

    /// <summary>True when the current key sealed every chunk: only the key id byte of each is read.</summary>
    private async Task<bool> IsCurrentAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            var head = new byte[LengthSize + 1];
            while (file.Position < file.Length)
            {
                await file.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
                if (!_cipher.IsCurrent(head.AsSpan(LengthSize)))
                {
                    return false;
                }
                file.Seek(BinaryPrimitives.ReadInt32LittleEndian(head) - 1, SeekOrigin.Current);
            }
        }
        return true;
    }
}
