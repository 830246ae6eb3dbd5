using ChatAssistant.Features.Officers;
using ChatAssistant.Testing;
using Dapper;

namespace ChatAssistant.Tests.Features.Officers;

public sealed class OfficerStoreTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private OfficerStore _store = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _store = new OfficerStore(_db.Connections, _clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<CreatedOfficer> Create(string name, OfficerRole role, params string[] oaIds) =>
        _db.Writer.WriteAsync((c, t) => _store.Create(c, t, name, role, oaIds));

    [Fact]
    public async Task KeyIsLongRandomAndOnlyItsHashAndPrefixAreStored()
    {
        var created = await Create("Nguyễn Văn An", OfficerRole.Officer, "oa-1");

        Assert.True(Base64UrlLength(created.Key) >= 32, created.Key);
        using var connection = _db.Connections.Open();
        var row = connection.QuerySingle<(string KeyHash, string KeyPrefix)>("SELECT key_hash, key_prefix FROM officers");
        Assert.Equal(OfficerKeys.Hash(created.Key), row.KeyHash);
        Assert.Matches("^[0-9a-f]{64}$", row.KeyHash);
        Assert.Equal(created.Key[..8], row.KeyPrefix);
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM officers WHERE key_hash LIKE '%' || @key || '%'", new { key = created.Key }));
    }

    private static int Base64UrlLength(string key) => System.Buffers.Text.Base64Url.DecodeFromChars(key).Length;

    [Fact]
    public async Task EveryKeyIsDifferent()
    {
        var keys = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            keys.Add((await Create($"cán bộ {i}", OfficerRole.Officer, "oa-1")).Key);
        }

        Assert.Equal(20, keys.Distinct().Count());
    }

    [Fact]
    public async Task KeyFindsItsOfficerWithAccounts()
    {
        var created = await Create("Trần Thị Bình", OfficerRole.Officer, "oa-2", "oa-1", "oa-2");

        var found = _store.FindByKey(created.Key);

        Assert.NotNull(found);
        Assert.Equal((created.Officer.Id, "Trần Thị Bình", OfficerRole.Officer), (found.Id, found.Name, found.Role));
        Assert.Equal(["oa-1", "oa-2"], found.OaIds);
        Assert.Null(_store.FindByKey(created.Key + "x"));
        Assert.Null(_store.FindByKey(""));
    }

    [Fact]
    public async Task AdminWithoutAccountsIsFound()
    {
        var created = await Create("Quản trị", OfficerRole.Admin);

        var found = _store.FindByKey(created.Key);

        Assert.Equal(OfficerRole.Admin, found!.Role);
        Assert.Empty(found.OaIds);
    }

    [Fact]
    public async Task DisabledOfficerIsNotFoundButStillListed()
    {
        var created = await Create("Lê Văn Cường", OfficerRole.Officer, "oa-1");
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.True(await _db.Writer.WriteAsync((c, t) => _store.Disable(c, t, created.Officer.Id)));
        Assert.False(await _db.Writer.WriteAsync((c, t) => _store.Disable(c, t, created.Officer.Id + 100)));

        Assert.Null(_store.FindByKey(created.Key));
        var listed = Assert.Single(_store.List());
        Assert.Equal(
            new OfficerListing(created.Officer.Id, "Lê Văn Cường", OfficerRole.Officer, listed.OaIds, created.Key[..8], Username: null,
                ManualClock.DefaultStart, ManualClock.DefaultStart.AddDays(1), LockedUntil: null, LastSignInAt: null),
            listed);
        Assert.Equal(["oa-1"], listed.OaIds);
    }
}
