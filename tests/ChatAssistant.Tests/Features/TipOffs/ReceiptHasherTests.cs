using ChatAssistant.Features.TipOffs;

namespace ChatAssistant.Tests.Features.TipOffs;

public sealed class ReceiptHasherTests
{
    private const string Code = "K7M2QX9P4HRT";

    private static ReceiptHasher Hasher(string? key = null, params string[] previous)
    {
        var options = TipOffKeys.Options(key, previous);
        return new ReceiptHasher(new TipOffCipher(options), options);
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
    public void TheLookupTagIsShortAndDependsOnTheKey()
    {
        var tag = Hasher().Protect(Code).Tag;

        Assert.Equal(ReceiptHasher.TagSize, tag.Length);
        Assert.NotEqual(tag, Hasher().Protect(Code).Tag);
    }

    [Fact]
    public void TagsFromThePreviousKeyAreStillCandidatesAfterRotation()
    {
        var oldKey = TipOffKeys.NewKey();
        var stored = Hasher(oldKey).Protect(Code);

        var rotated = Hasher(TipOffKeys.NewKey(), oldKey);

        Assert.Contains(rotated.CandidateTags(Code), tag => tag.AsSpan().SequenceEqual(stored.Tag));
        Assert.True(rotated.Matches(Code, stored.Salt, stored.Hash));
    }
}
