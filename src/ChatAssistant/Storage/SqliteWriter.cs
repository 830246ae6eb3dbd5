using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Storage;

/// <summary>The one writer of the service database: queued writes are committed in batches, in order.</summary>
/// <remarks>
/// SQLite allows one writer at a time. Rather than let every request fight for the lock, all
/// writes are posted to one queue and a single loop commits whatever has gathered as one
/// transaction (group commit): one fsync serves hundreds of webhook requests, and no caller
/// ever sees SQLITE_BUSY. Each write runs inside its own savepoint, so one failing write is
/// rolled back and reported to its caller without spoiling the others in the batch.
/// </remarks>
public sealed partial class SqliteWriter : IAsyncDisposable
{
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnectionFactory _connections;
    private readonly ILogger<SqliteWriter> _logger;
    private readonly int _maxBatch;
    private readonly Task _loop;

    public SqliteWriter(SqliteConnectionFactory connections, IOptions<StorageOptions> options, ILogger<SqliteWriter> logger)
    {
        _connections = connections;
        _logger = logger;
        _maxBatch = Math.Max(1, options.Value.MaxWriteBatch);
        _loop = Task.Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>True while the loop is alive; health checks report it.</summary>
    public bool IsRunning => !_loop.IsCompleted;

    /// <summary>Runs <paramref name="work"/> inside the next batch and completes once that batch is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        var request = new WriteRequest<T>(work);
        if (!_queue.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(SqliteWriter), "The database writer has stopped.");
        }
        return request.Completion.Task;
    }

    public Task WriteAsync(Action<SqliteConnection, SqliteTransaction> work) =>
        WriteAsync<bool>((connection, transaction) =>
        {
            work(connection, transaction);
            return true;
        });

    private async Task RunAsync()
    {
        var batch = new List<WriteRequest>(_maxBatch);
        SqliteConnection? connection = null;
        try
        {
            while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var request))
                {
                    batch.Add(request);
                }
                try
                {
                    connection ??= _connections.Open();
                    Commit(connection, batch);
                }
                catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
                {
                    LogBatchFailed(_logger, ex, batch.Count);
                    foreach (var request in batch)
                    {
                        request.Fail(ex);
                    }
                    // A broken connection (disk full, file replaced) is reopened for the next batch.
                    connection?.Dispose();
                    connection = null;
                }
                batch.Clear();
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private static void Commit(SqliteConnection connection, List<WriteRequest> batch)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var request in batch)
        {
            transaction.Save("w");
            try
            {
                request.Execute(connection, transaction);
                transaction.Release("w");
            }
#pragma warning disable CA1031 // The caller gets its own exception; the batch goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                transaction.Rollback("w");
                transaction.Release("w");
                request.Fail(ex);
            }
        }
        transaction.Commit();
        foreach (var request in batch)
        {
            request.Succeed();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} database writes could not be committed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    private abstract class WriteRequest
    {
        public abstract void Execute(SqliteConnection connection, SqliteTransaction transaction);
        public abstract void Succeed();
        public abstract void Fail(Exception exception);
    }

    private sealed class WriteRequest<T>(Func<SqliteConnection, SqliteTransaction, T> work) : WriteRequest
    {
        private T? _result;
        private bool _failed;

        // Continuations must not run on the writer loop: they would stall every other caller.
        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Execute(SqliteConnection connection, SqliteTransaction transaction) =>
            _result = work(connection, transaction);

        public override void Succeed()
        {
            if (!_failed)
            {
                Completion.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception exception)
        {
            _failed = true;
            Completion.TrySetException(exception);
        }
    }
}
