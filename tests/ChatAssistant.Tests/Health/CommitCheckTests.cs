using ChatAssistant.Health;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Health;

/// <summary>Failing commits are unhealthy; succeeding after a failure is degraded for a while, then healthy.</summary>
public sealed class CommitCheckTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _database = null!;
    private SqliteWriter _writer = null!;
    private CommitCheck _check = null!;

    public Task InitializeAsync()
    {
        _database = TestDatabase.Create();
        _writer = new SqliteWriter(_database.Connections, Options.Create(_database.Options), NullLogger<SqliteWriter>.Instance, _clock);
        _check = new CommitCheck(_writer, Options.Create(new HealthOptions { CommitFailureWindow = TimeSpan.FromMinutes(5) }), _clock);
        using var connection = _database.Connections.Open();
        connection.Execute("CREATE TABLE items (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task CommitsThatSucceedAreHealthy()
    {
        await InsertAsync();

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task AFullDatabaseIsUnhealthyThenDegradedForTheWindowOnceCommitsSucceedAgain()
    {
        await _writer.WriteAsync((connection, transaction) => connection.Execute("PRAGMA max_page_count = 1", transaction: transaction));
        await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                await InsertAsync();
            }
        });

        var failing = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, failing.Status);
        Assert.Equal(
            "database commits failing: the database or its disk is full (SQLite error 13); the last failure at 2026-03-02 01:00:00 UTC, no commit succeeded since",
            failing.Description);

        await _writer.WriteAsync((connection, transaction) => connection.Execute("PRAGMA max_page_count = 1073741823", transaction: transaction));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await InsertAsync();

        var recovered = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, recovered.Status);
        Assert.Equal(
            "a database commit failed at 2026-03-02 01:00:00 UTC: the database or its disk is full (SQLite error 13); commits have succeeded since, the last at 2026-03-02 01:01:00 UTC",
            recovered.Description);

        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task AStoppedWriterIsUnhealthy()
    {
        await _writer.DisposeAsync();

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("database writer stopped", result.Description);
    }

    private Task<int> InsertAsync() =>
        _writer.WriteAsync((connection, transaction) =>
            connection.Execute("INSERT INTO items (body) VALUES (@body)", new { body = new string('x', 2048) }, transaction));

    private Task<HealthCheckResult> CheckAsync() => _check.CheckHealthAsync(new HealthCheckContext());
}
