using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.TipOffs;

public sealed class ReceiptHasherTests : IAsyncDisposable
{
    private const string Code = "K7M2QX9P4HRT";

    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly IOptions<TipOffOptions> _options = TipOffKeys.Options();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private ReceiptHasher Hasher(TestDatabase? database = null)
    {
        database ??= _database;
        return new ReceiptHasher(new ReceiptTagKey(database.Connections, database.Writer, new TipOffCipher(_options)), _options);
    }

    [Fact]
    public void TheRightCodeMatchesItsStoredHash()
    {
        var hasher = Hasher();

        var stored = hasher.Protect(Code);

        Assert.True(hasher.Matches(Code, stored.Salt, stored.Hash));
        Assert.False(hasher.Matches("K7M2QX9P4HRA", stored.Salt, stored.Hash));
    }

    [Fact]
    public void EachCodeGetsItsOwnSalt()
    {
        var hasher = Hasher();

        var first = hasher.Protect(Code);
        var second = hasher.Protect(Code);

        Assert.NotEqual(first.Salt, second.Salt);
        Assert.NotEqual(first.Hash, second.Hash);
        Assert.Equal(first.Tag, second.Tag);
    }

    [Fact]
    public async Task TheLookupTagIsShortAndDependsOnTheDatabasesTagKey()
    {
        await using var other = TestDatabase.Create();

        var tag = Hasher().Protect(Code).Tag;

        Assert.Equal(ReceiptHasher.TagSize, tag.Length);
        Assert.Equal([tag], Hasher().CandidateTags(Code));
        Assert.NotEqual(tag, Hasher(other).Protect(Code).Tag);
    }
}
