using System.Collections.Concurrent;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Tests.Storage;

public sealed class SqliteWriterTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    private SqliteWriter Writer => _db.Writer;

    public Task InitializeAsync() => Init(maxWriteBatch: 512);

    private async Task Init(int maxWriteBatch)
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
        _db = TestDatabase.Create(maxWriteBatch);
        using var connection = _db.Connections.Open();
        connection.Execute("CREATE TABLE items (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, tag TEXT UNIQUE)");
    }

    [Fact]
    public async Task WriteReturnsWhatTheWorkReturned()
    {
        var id = await Writer.WriteAsync((connection, transaction) =>
            connection.ExecuteScalar<long>("INSERT INTO items (seq, tag) VALUES (7, 'a') RETURNING id", transaction: transaction));

        Assert.Equal(7L, ReadScalar($"SELECT seq FROM items WHERE id = {id}"));
    }

    [Fact]
    public async Task TwoThousandConcurrentWritesAllCommit()
    {
        var writes = Enumerable.Range(0, 2000).Select(i => Task.Run(() => Writer.WriteAsync((connection, transaction) =>
            connection.Execute("INSERT INTO items (seq) VALUES (@i)", new { i }, transaction))));

        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2000L, ReadScalar("SELECT count(*) FROM items"));
        Assert.Equal(2000L, ReadScalar("SELECT count(DISTINCT seq) FROM items"));
    }

    [Fact]
    public async Task FailingWriteIsRolledBackWithoutSpoilingItsBatch()
    {
        var transactions = new ConcurrentDictionary<int, SqliteTransaction>();
        using var gate = new ManualResetEventSlim();
        // Holds the writer loop so the writes below gather into one batch.
        var blocker = Writer.WriteAsync((_, _) => gate.Wait(TimeSpan.FromSeconds(10)));
        var failure = new InvalidOperationException("this write is refused");
        var writes = Enumerable.Range(0, 100).Select(i => Writer.WriteAsync((connection, transaction) =>
        {
            transactions[i] = transaction;
            connection.Execute("INSERT INTO items (seq, tag) VALUES (@i, @tag)", new { i, tag = $"w{i}" }, transaction);
            if (i == 50)
            {
                throw failure;
            }
        })).ToList();
        gate.Set();
        await blocker;

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[50]);
        Assert.Same(failure, thrown);
        await Task.WhenAll(writes.Where((_, i) => i != 50));
        Assert.Equal(0L, ReadScalar("SELECT count(*) FROM items WHERE tag = 'w50'"));
        Assert.Equal(99L, ReadScalar("SELECT count(*) FROM items"));
        // The neighbours were batched with the failing write and still committed together.
        Assert.Same(transactions[49], transactions[51]);
    }

    [Fact]
    public async Task ConstraintViolationReachesItsCallerAndTheOthersCommit()
    {
        await Writer.WriteAsync((connection, transaction) =>
            connection.Execute("INSERT INTO items (seq, tag) VALUES (0, 'taken')", transaction: transaction));
        using var gate = new ManualResetEventSlim();
        var blocker = Writer.WriteAsync((_, _) => gate.Wait(TimeSpan.FromSeconds(10)));
        var before = Insert(1, "before");
        var duplicate = Writer.WriteAsync((connection, transaction) =>
        {
            connection.Execute("INSERT INTO items (seq, tag) VALUES (2, 'half-done')", transaction: transaction);
            connection.Execute("INSERT INTO items (seq, tag) VALUES (2, 'taken')", transaction: transaction);
        });
        var after = Insert(3, "after");
        gate.Set();
        await blocker;

        await Assert.ThrowsAsync<SqliteException>(() => duplicate);
        await Task.WhenAll(before, after);
        Assert.Equal(
            new[] { "taken", "before", "after" },
            Query<string>("SELECT tag FROM items ORDER BY id"));
    }

    [Fact]
    public async Task WritesOfOneCallerAreCommittedInTheOrderQueued()
    {
        await Init(maxWriteBatch: 7);

        var writes = Enumerable.Range(0, 500).Select(i => Insert(i, null)).ToList();
        await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(0, 500).Select(i => (long)i), Query<long>("SELECT seq FROM items ORDER BY id"));
    }

    [Fact]
    public async Task NoBatchHoldsMoreThanMaxWriteBatchWrites()
    {
        await Init(maxWriteBatch: 10);
        var transactions = new ConcurrentBag<SqliteTransaction>();
        using var gate = new ManualResetEventSlim();
        var blocker = Writer.WriteAsync((_, _) => gate.Wait(TimeSpan.FromSeconds(10)));

        var writes = Enumerable.Range(0, 55).Select(_ => Writer.WriteAsync((_, transaction) => transactions.Add(transaction))).ToList();
        gate.Set();
        await Task.WhenAll(writes.Append(blocker));

        var batches = transactions.GroupBy(t => t, ReferenceEqualityComparer.Instance).Select(g => g.Count()).ToList();
        Assert.All(batches, size => Assert.InRange(size, 1, 10));
        Assert.True(batches.Count >= 6, $"55 writes in {batches.Count} batches");
    }

    [Fact]
    public async Task DisposeCommitsTheWritesAlreadyQueued()
    {
        var writes = Enumerable.Range(0, 200).Select(i => Insert(i, null)).ToList();

        await Writer.DisposeAsync();

        Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
        Assert.Equal(200L, ReadScalar("SELECT count(*) FROM items"));
        Assert.False(Writer.IsRunning);
    }

    [Fact]
    public async Task WriteAfterDisposeIsRefused()
    {
        await Writer.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => { _ = Writer.WriteAsync((_, _) => { }); });
    }

    [Fact]
    public async Task AWriteRefusedForWantOfSpaceIsRecordedAsAFailingCommitUntilACommitSucceeds()
    {
        await Writer.WriteAsync((connection, transaction) => connection.Execute("PRAGMA max_page_count = 1", transaction: transaction));

        var full = await Assert.ThrowsAsync<SqliteException>(() => FillAsync());

        Assert.Equal(13, full.SqliteErrorCode);
        var failing = Writer.Commits;
        Assert.True(failing.IsFailing);
        Assert.Equal("the database or its disk is full (SQLite error 13)", failing.LastFailure);

        await Writer.WriteAsync((connection, transaction) => connection.Execute("PRAGMA max_page_count = 1073741823", transaction: transaction));
        await Insert(1, "after");

        var recovered = Writer.Commits;
        Assert.False(recovered.IsFailing);
        Assert.Equal(failing.LastFailureAt, recovered.LastFailureAt);
        Assert.True(recovered.LastSuccessAt >= recovered.LastFailureAt);
    }

    [Fact]
    public async Task AWriteRefusedForItsOwnSakeIsNoCommitFailure()
    {
        await Insert(1, "same");

        await Assert.ThrowsAsync<SqliteException>(() => Insert(2, "same"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Writer.WriteAsync((_, _) => throw new InvalidOperationException("a lost race")));

        Assert.Null(Writer.Commits.LastFailureAt);
        Assert.NotNull(Writer.Commits.LastSuccessAt);
    }

    /// <summary>Writes rows of 2 KB until one is refused; the database cannot hold many beyond its first pages.</summary>
    private async Task FillAsync()
    {
        for (var i = 0; i < 10_000; i++)
        {
            await Writer.WriteAsync((connection, transaction) =>
                connection.Execute("INSERT INTO items (seq, tag) VALUES (@i, @tag)", new { i, tag = new string('x', 2048) + i }, transaction));
        }
    }

    private Task<int> Insert(int seq, string? tag) =>
        Writer.WriteAsync((connection, transaction) =>
            connection.Execute("INSERT INTO items (seq, tag) VALUES (@seq, @tag)", new { seq, tag }, transaction));

    private long ReadScalar(string sql)
    {
        using var connection = _db.Connections.Open();
        return connection.ExecuteScalar<long>(sql);
    }

    private List<T> Query<T>(string sql)
    {
        using var connection = _db.Connections.Open();
        return connection.Query<T>(sql).AsList();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
