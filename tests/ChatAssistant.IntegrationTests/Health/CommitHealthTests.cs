using System.Net;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Health;

/// <summary>
/// Commits that really fail, on the host's own database file: the disk full (SQLite's page limit on the writer's
/// connection, which fails a write exactly as a full disk does) and a lock held by another process past the busy timeout.
/// </summary>
public sealed class CommitHealthTests : ZaloHostTest
{
    [Fact]
    public async Task AFullDatabaseAnswers503WithTheReasonAndRoomAgainOnlyDegraded()
    {
        var writer = Service.Services.GetRequiredService<SqliteWriter>();
        // The limit cannot go below the file's size: it stops the file growing by a single page.
        await writer.WriteAsync((connection, transaction) => connection.Execute("PRAGMA max_page_count = 1", transaction: transaction));

        HttpStatusCode refused = HttpStatusCode.OK;
        for (var i = 0; i < 500 && refused == HttpStatusCode.OK; i++)
        {
            using var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent($"u-full-{i}", new string('x', 1500)));
            refused = response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.InternalServerError, refused);

        // The service's own background writes that need no new page still commit: unhealthy and degraded may alternate.
        var failing = await HealthAnswer.GetAsync(Service);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.Code);
        Assert.NotEqual("healthy", failing.Checks["commits"].Status);
        Assert.Contains("the database or its disk is full (SQLite error 13)", failing.Checks["commits"].Reason, StringComparison.Ordinal);
        Assert.Contains("commits: ", failing.Body, StringComparison.Ordinal);

        await writer.WriteAsync((connection, transaction) => connection.Execute("PRAGMA max_page_count = 1073741823", transaction: transaction));
        using (var accepted = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-room-again", "xin chào")))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var recovered = await HealthAnswer.GetAsync(Service);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, recovered.Code);
        Assert.Equal("degraded", recovered.Checks["commits"].Status);
        Assert.Contains("full (SQLite error 13); commits have succeeded since", recovered.Checks["commits"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseLockedByAnotherProcessPastTheBusyTimeoutMakesTheServiceUnhealthy()
    {
        using (var other = new SqliteConnection($"Data Source={Service.DatabasePath}"))
        {
            other.Open();
            using var transaction = other.BeginTransaction(deferred: false);

            // The writer waits out the busy timeout for the lock (30 s with the driver's own retries), then gives up on the batch.
            using var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-locked", "xin chào"));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);

            var locked = await HealthAnswer.GetAsync(Service);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.Code);
            Assert.Equal("unhealthy", locked.Checks["commits"].Status);
            Assert.Contains("locked by another connection", locked.Checks["commits"].Reason, StringComparison.Ordinal);
            transaction.Rollback();
        }

        using (var accepted = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-unlocked", "xin chào")))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        Assert.Equal("degraded", (await HealthAnswer.GetAsync(Service)).Checks["commits"].Status);
    }
}
