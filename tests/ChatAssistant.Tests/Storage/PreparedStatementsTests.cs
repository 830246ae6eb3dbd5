using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Tests.Storage;

/// <summary>Statements reused on one connection bind the right values, whatever order callers pass them in.</summary>
public sealed class PreparedStatementsTests : IAsyncDisposable
{
    private const string Insert = "INSERT INTO pairs (a, b) VALUES (@a, @b) RETURNING rowid";
    private readonly TestDatabase _db = TestDatabase.Create();

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task SameStatementWithParametersInAnotherOrderBindsByName()
    {
        await _db.Writer.WriteAsync((connection, transaction) =>
        {
            connection.Execute("CREATE TABLE pairs (a TEXT, b TEXT)", transaction: transaction);
            connection.ScalarPrepared(transaction, Insert, ("a", "first-a"), ("b", "first-b"));
            connection.ScalarPrepared(transaction, Insert, ("b", "second-b"), ("a", "second-a"));
            connection.ExecutePrepared(transaction, "UPDATE pairs SET b = @b WHERE a = @a", ("a", "first-a"), ("b", null));
        });

        using var read = _db.Connections.Open();
        var rows = read.Query<(string A, string? B)>("SELECT a, b FROM pairs ORDER BY rowid").ToList();
        Assert.Equal([("first-a", (string?)null), ("second-a", "second-b")], rows);
    }

    [Fact]
    public async Task ScalarIsNullWhenTheStatementReturnsNoRow()
    {
        var result = await _db.Writer.WriteAsync((connection, transaction) =>
        {
            connection.Execute("CREATE TABLE once (k TEXT PRIMARY KEY)", transaction: transaction);
            connection.ScalarPrepared(transaction, "INSERT INTO once (k) VALUES (@k) ON CONFLICT DO NOTHING RETURNING rowid", ("k", "x"));
            return connection.ScalarPrepared(transaction, "INSERT INTO once (k) VALUES (@k) ON CONFLICT DO NOTHING RETURNING rowid", ("k", "x"));
        });

        Assert.Null(result);
    }
}
