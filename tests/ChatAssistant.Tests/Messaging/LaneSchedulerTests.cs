using System.Collections.Concurrent;
using ChatAssistant.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Tests.Messaging;

public sealed class LaneSchedulerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stopping = new();

    private LaneScheduler<int> Scheduler(int maxConcurrency, Func<int, CancellationToken, Task> work) =>
        new(maxConcurrency, work, NullLogger.Instance, _stopping.Token);

    [Fact]
    public async Task ItemsOfOneLaneRunInOrderAndNeverOverlap()
    {
        var order = new ConcurrentQueue<int>();
        var running = 0;
        var overlaps = 0;
        using var lanes = Scheduler(8, async (item, ct) =>
        {
            if (item >= 0)
            {
                if (Interlocked.Increment(ref running) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }
                order.Enqueue(item);
                await Task.Yield();
                await Task.Delay(item % 3, ct);
                Interlocked.Decrement(ref running);
            }
            else
            {
                await Task.Delay(1, ct);
            }
        });

        for (var i = 0; i < 200; i++)
        {
            lanes.Enqueue("oa:resident", i);
            // Other residents' work around it, so the lane has company.
            lanes.Enqueue($"oa:other-{i % 5}", -1);
        }
        await WaitIdle(lanes);

        Assert.Equal(0, overlaps);
        Assert.Equal(Enumerable.Range(0, 200), order);
    }

    [Fact]
    public async Task DifferentLanesRunSideBySide()
    {
        var started = new[] { NewSignal(), NewSignal() };
        var sawTheOther = new[] { NewSignal(), NewSignal() };
        using var lanes = Scheduler(2, async (item, ct) =>
        {
            started[item].TrySetResult();
            // Run one after the other, each would wait for the other in vain.
            await started[1 - item].Task.WaitAsync(TimeSpan.FromSeconds(5), ct);
            sawTheOther[item].TrySetResult();
        });

        lanes.Enqueue("oa:alice", 0);
        lanes.Enqueue("oa:bob", 1);

        await Task.WhenAll(sawTheOther[0].Task, sawTheOther[1].Task).WaitAsync(Patience);
    }

    [Fact]
    public async Task NoMoreThanMaxConcurrencyItemsRunAtOnce()
    {
        var running = 0;
        var highest = 0;
        var done = 0;
        using var lanes = Scheduler(3, async (_, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref highest, now);
            await Task.Delay(5, ct);
            Interlocked.Decrement(ref running);
            Interlocked.Increment(ref done);
        });

        for (var i = 0; i < 60; i++)
        {
            lanes.Enqueue($"oa:resident-{i % 20}", i);
        }
        await WaitIdle(lanes);

        Assert.Equal(60, done);
        Assert.Equal(3, highest);
    }

    [Fact]
    public async Task ThrowingItemDoesNotStopItsLane()
    {
        var ran = new ConcurrentQueue<int>();
        using var lanes = Scheduler(4, (item, _) =>
        {
            ran.Enqueue(item);
            return item switch
            {
                1 => throw new InvalidOperationException("the turn blew up"),
                2 => Task.FromException(new TimeoutException("faulted task")),
                3 => Task.FromCanceled(new CancellationToken(canceled: true)),
                _ => Task.CompletedTask,
            };
        });

        for (var i = 1; i <= 5; i++)
        {
            lanes.Enqueue("oa:resident", i);
        }
        await WaitIdle(lanes);

        Assert.Equal([1, 2, 3, 4, 5], ran);
        Assert.Equal(0, lanes.Count);
    }

    [Fact]
    public async Task CountReflectsItemsQueuedAndRunning()
    {
        var gate = NewSignal();
        using var lanes = Scheduler(4, (_, _) => gate.Task);
        Assert.Equal(0, lanes.Count);

        for (var i = 0; i < 5; i++)
        {
            lanes.Enqueue("oa:alice", i);
        }
        for (var i = 0; i < 3; i++)
        {
            lanes.Enqueue("oa:bob", i);
        }

        Assert.Equal(8, lanes.Count);
        await Task.Delay(50);
        Assert.Equal(8, lanes.Count);

        gate.SetResult();
        await WaitIdle(lanes);
        Assert.Equal(0, lanes.Count);
    }

    [Fact]
    public async Task WaitBelowCompletesOnlyOnceTheBacklogShrinks()
    {
        using var turnstile = new SemaphoreSlim(0);
        using var lanes = Scheduler(4, (_, ct) => turnstile.WaitAsync(ct));
        for (var i = 0; i < 10; i++)
        {
            lanes.Enqueue("oa:resident", i);
        }

        var below5 = lanes.WaitBelowAsync(5, CancellationToken.None);
        turnstile.Release(5);
        await WaitUntil(() => lanes.Count == 5);
        await Task.Delay(100);
        Assert.False(below5.IsCompleted, $"completed with {lanes.Count} items left");

        turnstile.Release(1);
        await below5.WaitAsync(Patience);
        Assert.Equal(4, lanes.Count);
        turnstile.Release(4);
        await WaitIdle(lanes);
    }

    [Fact]
    public async Task WaitBelowCompletesAtOnceWhenAlreadyBelow()
    {
        using var lanes = Scheduler(1, (_, _) => Task.CompletedTask);

        await lanes.WaitBelowAsync(1, CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task StoppingDropsQueuedItemsAndBringsCountToZero()
    {
        var ran = new ConcurrentQueue<int>();
        var firstStarted = NewSignal();
        using var lanes = Scheduler(1, async (item, ct) =>
        {
            ran.Enqueue(item);
            firstStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        for (var i = 0; i < 5; i++)
        {
            lanes.Enqueue("oa:alice", i);
        }
        await firstStarted.Task.WaitAsync(Patience);
        lanes.Enqueue("oa:bob", 100);

        await _stopping.CancelAsync();
        await lanes.WhenRunningAsync().WaitAsync(Patience);

        // Alice's queued items never start; Bob's may, with a cancelled token, if it won the slot first.
        Assert.Equal(0, ran.First());
        Assert.DoesNotContain(ran, i => i is >= 1 and <= 4);
        Assert.Equal(0, lanes.Count);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }
            current = seen;
        }
    }

    private static async Task WaitIdle<T>(LaneScheduler<T> lanes)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await lanes.WaitBelowAsync(1, timeout.Token);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(5);
        }
    }

    public void Dispose() => _stopping.Dispose();
}
