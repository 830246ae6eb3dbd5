using ChatAssistant.Storage;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Messaging;

/// <summary>
/// Runs work items in lanes: items of one lane strictly one after another in the order they
/// were queued, different lanes side by side, at most <c>maxConcurrency</c> items at a time.
/// </summary>
/// <remarks>
/// A lane is one (official account, resident) pair: a resident's messages must be answered in
/// the order they were sent, but one slow resident must not hold up the others.
/// </remarks>
public sealed partial class LaneScheduler<T> : IDisposable
{
    private readonly Dictionary<string, Queue<T>> _lanes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots;
    private readonly Func<T, CancellationToken, Task> _work;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;
    private readonly List<Task> _running = [];
    private int _queued;
    private TaskCompletionSource _drained = NewDrained();

    public LaneScheduler(int maxConcurrency, Func<T, CancellationToken, Task> work, ILogger logger, CancellationToken stopping)
    {
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _work = work;
        _logger = logger;
        _stopping = stopping;
    }

    /// <summary>Items queued or running, all lanes together.</summary>
    public int Count => Volatile.Read(ref _queued);

    public void Enqueue(string lane, T item)
    {
        lock (_lanes)
        {
            _queued++;
            if (_lanes.TryGetValue(lane, out var queue))
            {
                queue.Enqueue(item);
                return;
            }
            queue = new Queue<T>();
            queue.Enqueue(item);
            _lanes.Add(lane, queue);
            var runner = Task.Run(() => RunLaneAsync(lane, queue), CancellationToken.None);
            _running.Add(runner);
            if (_running.Count > 1024)
            {
                _running.RemoveAll(t => t.IsCompleted);
            }
        }
    }

    /// <summary>
    /// Feeds the lanes from a table read in id order until stopped: the cursor is the claim, so a
    /// restart (cursor back at zero) picks up every row that was not settled.
    /// </summary>
    /// <param name="readAfter">Reads up to n unsettled rows with an id above the cursor, oldest first.</param>
    /// <param name="place">A row's id and lane.</param>
    /// <param name="arrived">Signalled when new rows are committed, so they need not wait for the poll.</param>
    /// <param name="maxQueued">Rows held in memory at most; the rest wait in the table.</param>
    public async Task FeedAsync(
        Func<long, int, IReadOnlyList<T>> readAfter, Func<T, (long Id, string Lane)> place, WakeSignal arrived, int maxQueued, TimeSpan pollInterval)
    {
        const int batch = 500;
        long cursor = 0;
        while (!_stopping.IsCancellationRequested)
        {
            await WaitBelowAsync(maxQueued, _stopping).ConfigureAwait(false);
            var rows = readAfter(cursor, batch);
            foreach (var row in rows)
            {
                var (id, lane) = place(row);
                Enqueue(lane, row);
                cursor = id;
            }
            if (rows.Count < batch)
            {
                await arrived.WaitAsync(pollInterval, _stopping).ConfigureAwait(false);
            }
        }
        _stopping.ThrowIfCancellationRequested();
    }

    /// <summary>Completes when fewer than <paramref name="count"/> items are queued or running.</summary>
    public async Task WaitBelowAsync(int count, CancellationToken cancellationToken)
    {
        while (Count >= count)
        {
            Task drained;
            lock (_lanes)
            {
                drained = _drained.Task;
            }
            try
            {
                await drained.WaitAsync(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Look at the count again.
            }
        }
    }

    /// <summary>Waits for the lanes that are running to finish their current item (used at shutdown).</summary>
    public Task WhenRunningAsync()
    {
        lock (_lanes)
        {
            return Task.WhenAll(_running);
        }
    }

    private async Task RunLaneAsync(string lane, Queue<T> queue)
    {
        while (true)
        {
            T item;
            lock (_lanes)
            {
                if (_stopping.IsCancellationRequested || !queue.TryDequeue(out item!))
                {
                    _queued -= queue.Count;
                    _lanes.Remove(lane);
                    SignalDrained();
                    return;
                }
            }
            try
            {
                await _slots.WaitAsync(_stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (_lanes)
                {
                    _queued -= queue.Count + 1;
                    _lanes.Remove(lane);
                    SignalDrained();
                }
                return;
            }
            try
            {
                await _work(item, _stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // Shutting down: the item stays in the database and runs again after the restart.
            }
#pragma warning disable CA1031 // The work handles its own failures; this only keeps the lane alive.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogUnhandled(_logger, ex, lane);
            }
            finally
            {
                _slots.Release();
                lock (_lanes)
                {
                    _queued--;
                    SignalDrained();
                }
            }
        }
    }

    public void Dispose() => _slots.Dispose();

    // Called under the lock: wakes anyone waiting for the backlog to shrink.
    private void SignalDrained()
    {
        _drained.TrySetResult();
        _drained = NewDrained();
    }

    private static TaskCompletionSource NewDrained() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure in lane {Lane}; the lane goes on")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string lane);
}
