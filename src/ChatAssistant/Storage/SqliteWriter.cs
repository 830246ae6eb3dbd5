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
/// ever sees SQLITE_BUSY. One failing write is rolled back and reported to its caller without
/// spoiling the others in the batch (see <see cref="Commit"/>).
/// Webhook intake goes first: Zalo is waiting for its 200, while turn and delivery writes can
/// wait a batch. So each batch takes every waiting intake write and lets background writes fill
/// at most a third of it when intake is busy (measured in bench/README.md); with no intake
/// waiting, background writes get whole batches, so they are never starved.
/// </remarks>
public sealed partial class SqliteWriter : IAsyncDisposable
{
    // Not SingleReader: the single-reader channel cannot count its items, which the loop needs.
    private readonly Channel<WriteRequest> _intake = Channel.CreateUnbounded<WriteRequest>();
    private readonly Channel<WriteRequest> _background = Channel.CreateUnbounded<WriteRequest>();
    private readonly SqliteConnectionFactory _connections;
    private readonly ILogger<SqliteWriter> _logger;
    private readonly TimeProvider _clock;
    private readonly int _maxBatch;
    private readonly Task _loop;
    // Replaced whole, by the loop alone, so a reader always sees one consistent record.
    private CommitRecord _commits = CommitRecord.None;

    public SqliteWriter(SqliteConnectionFactory connections, IOptions<StorageOptions> options, ILogger<SqliteWriter> logger, TimeProvider? clock = null)
    {
        _connections = connections;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
        _maxBatch = Math.Max(1, options.Value.MaxWriteBatch);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>True while the loop is alive; health checks report it.</summary>
    public bool IsRunning => !_loop.IsCompleted;

    /// <summary>The latest commit and the latest failure of the database or its disk; the health check reports them.</summary>
    public CommitRecord Commits => Volatile.Read(ref _commits);

    /// <summary>Runs <paramref name="work"/> inside the next batch and completes once that batch is committed.</summary>
    /// <remarks>Writes of one priority commit in the order they were queued.</remarks>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, WritePriority priority = WritePriority.Background)
    {
        var request = new WriteRequest<T>(work);
        var queue = priority == WritePriority.Intake ? _intake : _background;
        if (!queue.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(SqliteWriter), "The database writer has stopped.");
        }
        return request.Completion.Task;
    }

    public Task WriteAsync(Action<SqliteConnection, SqliteTransaction> work, WritePriority priority = WritePriority.Background) =>
        WriteAsync<bool>((connection, transaction) =>
        {
            work(connection, transaction);
            return true;
        }, priority);

    private async Task RunAsync()
    {
        var batch = new List<WriteRequest>(_maxBatch);
        SqliteConnection? connection = null;
        try
        {
            while (await WaitForWorkAsync().ConfigureAwait(false))
            {
                FillBatch(batch);
                if (batch.Count == 0)
                {
                    continue;
                }
                try
                {
                    connection ??= _connections.OpenForWriting();
                    Commit(connection, batch);
                }
                catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
                {
                    LogBatchFailed(_logger, ex, batch.Count);
                    RecordFailure(ex);
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

    /// <summary>Waits until either queue holds a write; false once both are closed and empty.</summary>
    private async Task<bool> WaitForWorkAsync()
    {
        var waits = new List<Task<bool>>(2);
        while (true)
        {
            if (_intake.Reader.Count > 0 || _background.Reader.Count > 0)
            {
                return true;
            }
            waits.Clear();
            foreach (var queue in (ReadOnlySpan<Channel<WriteRequest>>)[_intake, _background])
            {
                if (!queue.Reader.Completion.IsCompleted)
                {
                    waits.Add(queue.Reader.WaitToReadAsync().AsTask());
                }
            }
            if (waits.Count == 0)
            {
                return false;
            }
            await Task.WhenAny(waits).ConfigureAwait(false);
        }
    }

    private void FillBatch(List<WriteRequest> batch)
    {
        while (batch.Count < _maxBatch && _intake.Reader.TryRead(out var request))
        {
            batch.Add(request);
        }
        var backgroundRoom = batch.Count == 0 ? _maxBatch : Math.Max(16, batch.Count / 2);
        while (backgroundRoom-- > 0 && _background.Reader.TryRead(out var request))
        {
            batch.Add(request);
        }
    }

    /// <summary>
    /// Runs the batch as one transaction. Writes rarely fail (a lost version race, a constraint), so the
    /// common path pays for no savepoints: when a write throws, the transaction is rolled back, that
    /// write gets its exception, and the rest of the batch runs again without it.
    /// </summary>
    private void Commit(SqliteConnection connection, List<WriteRequest> batch)
    {
        var pending = batch;
        while (pending.Count > 0)
        {
            using var transaction = connection.BeginTransaction();
            var failedAt = -1;
            Exception? failure = null;
            for (var i = 0; i < pending.Count; i++)
            {
                try
                {
                    pending[i].Execute(connection, transaction);
                }
#pragma warning disable CA1031 // The caller gets its own exception; the batch goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failedAt = i;
                    failure = ex;
                    break;
                }
            }
            if (failure is null)
            {
                transaction.Commit();
                Volatile.Write(ref _commits, _commits with { LastSuccessAt = _clock.GetUtcNow(), IsFailing = false });
                foreach (var request in pending)
                {
                    request.Succeed();
                }
                return;
            }
            transaction.Rollback();
            if (CommitRecord.IsStorageFault(failure))
            {
                // A full disk shows here, in the statement that needed a new page, rather than at the commit.
                RecordFailure(failure);
            }
            pending[failedAt].Fail(failure);
            pending = [.. pending.Where((_, i) => i != failedAt)];
        }
    }

    private void RecordFailure(Exception exception) =>
        Volatile.Write(ref _commits, _commits with { LastFailureAt = _clock.GetUtcNow(), LastFailure = CommitRecord.Describe(exception), IsFailing = true });

    public async ValueTask DisposeAsync()
    {
        _intake.Writer.TryComplete();
        _background.Writer.TryComplete();
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
