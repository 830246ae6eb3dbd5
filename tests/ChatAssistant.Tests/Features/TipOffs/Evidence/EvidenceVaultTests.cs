using System.Diagnostics;
using System.Security.Cryptography;
using ChatAssistant.Conversations;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Testing;

namespace ChatAssistant.Tests.Features.TipOffs.Evidence;

public sealed class EvidenceVaultTests : IDisposable
{
    private const int Chunk = EvidenceVault.ChunkSize;

    private readonly TempFolder _folder = new();
    private readonly string _oldKey = TipOffKeys.NewKey();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 1, 23, 45, 678, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private EvidenceVault Vault(string key, params string[] previous) =>
        new(new TipOffCipher(TipOffKeys.Options(key, previous)),
            Microsoft.Extensions.Options.Options.Create(new EvidenceOptions { MediaFolder = _folder.Path }), _clock);

    private static async Task<string> WriteAsync(EvidenceVault vault, long evidenceId, byte[] content, int pieces = 3)
    {
        var writer = vault.Create(evidenceId);
        await using (writer)
        {
            // Written in uneven pieces, as a network body arrives.
            var step = Math.Max(1, content.Length / pieces + 7);
            for (var at = 0; at < content.Length; at += step)
            {
                await writer.WriteAsync(content.AsMemory(at, Math.Min(step, content.Length - at)));
            }
            return await writer.CommitAsync();
        }
    }

    private static async Task<byte[]> ReadAsync(EvidenceVault vault, long evidenceId, string fileName)
    {
        await using var stream = await vault.OpenAsync(evidenceId, fileName);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData(Chunk + 1)]
    [InlineData(3 * Chunk)]
    [InlineData(200_003)]
    public async Task ContentRoundTripsWhateverItsSize(int size)
    {
        var vault = Vault(_oldKey);
        var content = RandomNumberGenerator.GetBytes(size);

        var fileName = await WriteAsync(vault, 7, content);

        Assert.Equal(content, await ReadAsync(vault, 7, fileName));
        Assert.Matches("^[0-9a-f]{32}\\.bin$", fileName);
        Assert.Equal(fileName, Path.GetFileName(Assert.Single(Directory.GetFiles(_folder.Path))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk)]
    [InlineData(3 * Chunk)]
    [InlineData(200_003)]
    public async Task ReadFromAnyPositionTheFileGivesTheBytesAtThatPlaceAndKnowsItsLength(int size)
    {
        var vault = Vault(_oldKey);
        var content = RandomNumberGenerator.GetBytes(size);
        var fileName = await WriteAsync(vault, 7, content);

        await using var stream = await vault.OpenAsync(7, fileName);

        Assert.Equal((true, (long)size), (stream.CanSeek, stream.Length));
        // Backwards and forwards across chunk boundaries, as a player seeking in a video asks.
        foreach (var from in new[] { size - 1, 2 * Chunk + 5, Chunk, Chunk - 1, size / 2, 0 }.Where(f => f >= 0 && f < size))
        {
            stream.Position = from;
            var read = new byte[Math.Min(Chunk + 10, size - from)];
            await stream.ReadExactlyAsync(read);
            Assert.Equal(content[from..(from + read.Length)], read);
        }
        stream.Position = size / 3;
        var readSynchronously = new byte[size - size / 3];
        stream.ReadExactly(readSynchronously);
        Assert.Equal(content[(size / 3)..], readSynchronously);
        Assert.Equal(0, stream.Read(new byte[10]));
    }

    [Fact]
    public async Task AnAlteredByteFailsToOpen()
    {
        var vault = Vault(_oldKey);
        var fileName = await WriteAsync(vault, 7, RandomNumberGenerator.GetBytes(2 * Chunk + 10));
        var path = Path.Combine(_folder.Path, fileName);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[Chunk + 100] ^= 1;
        await File.WriteAllBytesAsync(path, bytes);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => ReadAsync(vault, 7, fileName));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AFileCutShortFailsToOpen(int chunksKept)
    {
        var vault = Vault(_oldKey);
        var fileName = await WriteAsync(vault, 7, RandomNumberGenerator.GetBytes(3 * Chunk));
        var path = Path.Combine(_folder.Path, fileName);
        var sealedChunk = 4 + EvidenceVault.SealOverhead + Chunk;

        // At a chunk boundary: every remaining chunk is whole, but the new last one was sealed as "more".
        await using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(chunksKept * sealedChunk);
        }
        await Assert.ThrowsAnyAsync<CryptographicException>(() => ReadAsync(vault, 7, fileName));

        await using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(chunksKept * sealedChunk - 5);
        }
        await Assert.ThrowsAnyAsync<CryptographicException>(() => ReadAsync(vault, 7, fileName));
    }

    [Fact]
    public async Task ReorderedChunksFailToOpen()
    {
        var vault = Vault(_oldKey);
        var fileName = await WriteAsync(vault, 7, RandomNumberGenerator.GetBytes(3 * Chunk));
        var path = Path.Combine(_folder.Path, fileName);
        var bytes = await File.ReadAllBytesAsync(path);
        var sealedChunk = 4 + EvidenceVault.SealOverhead + Chunk;
        var first = bytes[..sealedChunk];
        bytes.AsSpan(sealedChunk, sealedChunk).CopyTo(bytes);
        first.CopyTo(bytes, sealedChunk);
        await File.WriteAllBytesAsync(path, bytes);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => vault.OpenAsync(7, fileName));
    }

    [Fact]
    public async Task FilesSwappedBetweenRowsFailToOpen()
    {
        var vault = Vault(_oldKey);
        var seven = await WriteAsync(vault, 7, RandomNumberGenerator.GetBytes(1000));
        var eight = await WriteAsync(vault, 8, RandomNumberGenerator.GetBytes(1000));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => vault.OpenAsync(8, seven));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => vault.OpenAsync(7, eight));
    }

    [Fact]
    public async Task AnotherKeyCannotOpenTheFile()
    {
        var fileName = await WriteAsync(Vault(_oldKey), 7, RandomNumberGenerator.GetBytes(1000));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => Vault(TipOffKeys.NewKey()).OpenAsync(7, fileName));
    }

    [Fact]
    public async Task AfterRotationResealOpensTheFileWithoutTheOldKey()
    {
        var content = RandomNumberGenerator.GetBytes(2 * Chunk + 333);
        var fileName = await WriteAsync(Vault(_oldKey), 7, content);
        var newKey = TipOffKeys.NewKeyUnlike(_oldKey);
        var rotating = Vault(newKey, _oldKey);

        Assert.True(await rotating.ResealAsync(7, fileName, CancellationToken.None));
        Assert.False(await rotating.ResealAsync(7, fileName, CancellationToken.None));

        Assert.Equal(content, await ReadAsync(Vault(newKey), 7, fileName));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Vault(_oldKey).OpenAsync(7, fileName));
        Assert.Equal(fileName, Path.GetFileName(Assert.Single(Directory.GetFiles(_folder.Path))));
    }

    [Fact]
    public async Task ShreddingZeroesTheBytesBeforeTheFileGoes()
    {
        var vault = Vault(_oldKey);
        var fileName = await WriteAsync(vault, 7, RandomNumberGenerator.GetBytes(Chunk + 10));
        var path = Path.Combine(_folder.Path, fileName);
        var length = new FileInfo(path).Length;
        // A second name for the same bytes shows what the disk holds once the first name is gone.
        var witness = Path.Combine(_folder.Path, "witness");
        using (var ln = Process.Start("ln", [path, witness]))
        {
            await ln.WaitForExitAsync();
            Assert.Equal(0, ln.ExitCode);
        }

        Assert.True(await vault.ShredAsync(fileName, CancellationToken.None));

        Assert.False(File.Exists(path));
        var left = await File.ReadAllBytesAsync(witness);
        Assert.Equal(length, left.Length);
        Assert.All(left, b => Assert.Equal(0, b));
        Assert.False(await vault.ShredAsync(fileName, CancellationToken.None));
    }

    [Fact]
    public async Task ANameOutsideTheFolderIsRefused()
    {
        var vault = Vault(_oldKey);

        await Assert.ThrowsAsync<ArgumentException>(() => vault.ShredAsync("../chat.db", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => vault.OpenAsync(7, "/etc/passwd"));
    }

    [Fact]
    public async Task AnAbandonedWriteLeavesNoFile()
    {
        var vault = Vault(_oldKey);

        await using (var writer = vault.Create(7))
        {
            await writer.WriteAsync(RandomNumberGenerator.GetBytes(Chunk * 2));
        }

        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    // Read before any read of the content: reading a file may move its last-access time on.
    private static (DateTime Written, DateTime Accessed) TimesOf(string path) => (File.GetLastWriteTimeUtc(path), File.GetLastAccessTimeUtc(path));

    [Fact]
    public async Task AStoredFileAndItsFolderShowOnlyTheHourItWasStored()
    {
        var hour = FlowTraces.ToTheHour(_clock.UtcNow).UtcDateTime;

        var fileName = await WriteAsync(Vault(_oldKey), 7, RandomNumberGenerator.GetBytes(Chunk + 10));

        Assert.NotEqual(hour, _clock.UtcNow.UtcDateTime);
        Assert.Equal((hour, hour), TimesOf(Path.Combine(_folder.Path, fileName)));
        Assert.Equal(hour, Directory.GetLastWriteTimeUtc(_folder.Path));
    }

    [Fact]
    public async Task AnAbandonedWriteLeavesTheFolderShowingOnlyTheHour()
    {
        await using (var writer = Vault(_oldKey).Create(7))
        {
            await writer.WriteAsync(RandomNumberGenerator.GetBytes(100));
        }

        Assert.Equal(FlowTraces.ToTheHour(_clock.UtcNow).UtcDateTime, Directory.GetLastWriteTimeUtc(_folder.Path));
    }

    [Fact]
    public async Task ResealKeepsTheHourTheFileWasStoredAndShreddingLeavesTheFolderShowingOnlyTheHour()
    {
        var stored = FlowTraces.ToTheHour(_clock.UtcNow).UtcDateTime;
        var fileName = await WriteAsync(Vault(_oldKey), 7, RandomNumberGenerator.GetBytes(Chunk + 10));
        var path = Path.Combine(_folder.Path, fileName);
        _clock.Advance(TimeSpan.FromDays(3) + new TimeSpan(5, 17, 3));

        Assert.True(await Vault(TipOffKeys.NewKeyUnlike(_oldKey), _oldKey).ResealAsync(7, fileName, CancellationToken.None));

        Assert.Equal((stored, stored), TimesOf(path));
        Assert.Equal(FlowTraces.ToTheHour(_clock.UtcNow).UtcDateTime, Directory.GetLastWriteTimeUtc(_folder.Path));

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await Vault(_oldKey).ShredAsync(fileName, CancellationToken.None));
        Assert.Equal(FlowTraces.ToTheHour(_clock.UtcNow).UtcDateTime, Directory.GetLastWriteTimeUtc(_folder.Path));
    }
}
