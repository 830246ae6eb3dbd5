using System.Security.Cryptography;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;
using Dapper;

namespace ChatAssistant.Tests.Features.TipOffs.Keys;

public sealed class ReceiptTagKeyTests : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private ReceiptTagKey TagKey(TipOffCipher cipher) => new(_database.Connections, _database.Writer, cipher);

    private byte[] StoredRow()
    {
        using var connection = _database.Connections.Open();
        return connection.QuerySingle<byte[]>("SELECT sealed FROM tipoff_keys WHERE purpose = @purpose", new { purpose = ReceiptTagKey.Purpose });
    }

    [Fact]
    public void TheKeyIsMadeAtFirstNeedAndStoredSealed()
    {
        var cipher = new TipOffCipher(TipOffKeys.Options());

        var key = TagKey(cipher).Get();

        Assert.Equal(ReceiptTagKey.Size, key.Length);
        var stored = StoredRow();
        Assert.Equal(-1, stored.AsSpan().IndexOf(key));
        Assert.Equal(key, cipher.Decrypt(stored, ReceiptTagKey.Context(ReceiptTagKey.Purpose)));
    }

    [Fact]
    public void ARestartReadsTheSameKeyBack()
    {
        var options = TipOffKeys.Options();

        var first = TagKey(new TipOffCipher(options)).Get();
        var second = TagKey(new TipOffCipher(options)).Get();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task FirstNeedsAtTheSameTimeAgreeOnOneKey()
    {
        var options = TipOffKeys.Options();
        var tagKeys = Enumerable.Range(0, 8).Select(_ => TagKey(new TipOffCipher(options))).ToList();
        using var start = new ManualResetEventSlim();

        var running = tagKeys.Select(k => Task.Run(() =>
        {
            start.Wait();
            return k.Get();
        })).ToList();
        start.Set();
        var keys = await Task.WhenAll(running);

        Assert.All(keys, key => Assert.Equal(keys[0], key));
        using var connection = _database.Connections.Open();
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM tipoff_keys"));
    }

    [Fact]
    public async Task EnsureMakesTheKeyOnceAndGetReturnsIt()
    {
        var cipher = new TipOffCipher(TipOffKeys.Options());
        var tagKey = TagKey(cipher);

        await tagKey.EnsureAsync();
        var stored = StoredRow();
        await TagKey(cipher).EnsureAsync();

        Assert.Equal(stored, StoredRow());
        Assert.Equal(tagKey.Get(), cipher.Decrypt(stored, ReceiptTagKey.Context(ReceiptTagKey.Purpose)));
    }

    [Fact]
    public void AKeyThatNoConfiguredKeyOpensNamesTheSettingToFix()
    {
        TagKey(new TipOffCipher(TipOffKeys.Options())).Get();

        var failure = Assert.ThrowsAny<CryptographicException>(() => TagKey(new TipOffCipher(TipOffKeys.Options())).Get());

        Assert.Contains("TipOffs:PreviousEncryptionKeys", failure.Message, StringComparison.Ordinal);
    }
}
