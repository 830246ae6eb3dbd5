using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using ChatAssistant.Testing;

namespace ChatAssistant.Bench;

/// <summary>What the end-to-end run measured.</summary>
internal sealed record EndToEndResult(
    double Rate,
    int Users,
    int Events,
    long Acknowledged,
    long AckOtherStatus,
    long AckErrors,
    LatencySummary Ack,
    LatencySummary EndToEnd,
    int RepliesAccepted,
    int RepliesRejected,
    int Unanswered,
    int UnexpectedText,
    int Overlapping,
    double MaxSendLagMs,
    double ReplyWaitSeconds,
    CpuUse Cpu);

/// <summary>
/// Open loop: event <c>i</c> is due at <c>start + i / rate</c> whatever the host does, and every
/// latency counts from that due time, so a host that falls behind is charged for the queue it
/// causes (no coordinated omission). Users take turns in a fixed order, so each user sends once
/// every <c>users / rate</c> seconds and, while replies are faster than that, has at most one
/// message outstanding; replies are matched to events per user in order (the host answers each
/// user in order), and any overlap is counted.
/// </summary>
internal static class OpenLoopLoad
{
    public static async Task<EndToEndResult> RunAsync(
        IPEndPoint endPoint, RequestArena requests, int[] userOfEvent, double rate, int connections,
        FakeZaloApi fake, MonotonicClock clock, TimeSpan replyTimeout, string expectedReplyPrefix, int hostPid,
        CancellationToken stopEarly = default)
    {
        var total = requests.Count;
        var messagesBefore = fake.Messages.Count;
        var acceptedBefore = fake.AcceptedMessages.Count;
        var due = new long[total];
        var acked = new long[total];
        var outcomes = new RequestOutcome[total];
        var opened = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => RawHttpConnection.OpenAsync(endPoint, CancellationToken.None)));
        var queue = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleWriter = true });

        async Task WorkerAsync(int worker)
        {
            var connection = opened[worker];
            try
            {
                await foreach (var index in queue.Reader.ReadAllAsync(CancellationToken.None))
                {
                    RequestOutcome outcome;
                    try
                    {
                        outcome = await connection.SendAsync(requests[index]) == 200 ? RequestOutcome.Ok : RequestOutcome.OtherStatus;
                    }
                    catch (Exception ex) when (ex is IOException or SocketException)
                    {
                        outcome = RequestOutcome.Error;
                    }
                    acked[index] = Stopwatch.GetTimestamp();
                    outcomes[index] = outcome;
                    if (outcome == RequestOutcome.Error || connection.Closed)
                    {
                        connection.Dispose();
                        connection = await RawHttpConnection.OpenAsync(endPoint, CancellationToken.None);
                    }
                }
            }
            finally
            {
                connection.Dispose();
            }
        }

        var cpu = new CpuMeter(hostPid);
        var workers = Enumerable.Range(0, connections).Select(w => Task.Run(() => WorkerAsync(w))).ToArray();
        var start = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 100);
        var ticksPerEvent = Stopwatch.Frequency / rate;
        var maxLag = 0L;
        var dispatched = 0;
        for (var i = 0; i < total && !stopEarly.IsCancellationRequested; i++, dispatched++)
        {
            due[i] = start + (long)(i * ticksPerEvent);
            // Timers fire with ~1 ms granularity: sleep while more than half a millisecond remains.
            while (due[i] - Stopwatch.GetTimestamp() > Stopwatch.Frequency / 2000)
            {
                await Task.Delay(1, CancellationToken.None);
            }
            maxLag = Math.Max(maxLag, Stopwatch.GetTimestamp() - due[i]);
            queue.Writer.TryWrite(i);
        }
        queue.Writer.Complete();
        await Task.WhenAll(workers);
        total = dispatched;

        var acknowledged = outcomes.Count(o => o == RequestOutcome.Ok);
        var waitStart = Stopwatch.GetTimestamp();
        try
        {
            await fake.WaitForMessagesAsync(acceptedBefore + acknowledged, replyTimeout);
        }
        catch (TimeoutException)
        {
            // Counted below as unanswered.
        }
        var replyWait = Stopwatch.GetElapsedTime(waitStart).TotalSeconds;
        var usage = cpu.Stop();

        // Replies per user, in the order the fake received them.
        var received = fake.Messages.Skip(messagesBefore).ToList();
        var replies = received.Where(m => m.Accepted && m.UserId is not null)
            .GroupBy(m => m.UserId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<ReceivedMessage>(g), StringComparer.Ordinal);
        var ackLatencies = new List<long>(total);
        var e2eLatencies = new List<long>(total);
        var replyAt = new long[total];
        var unanswered = 0;
        var unexpected = 0;
        for (var i = 0; i < total; i++)
        {
            if (outcomes[i] != RequestOutcome.Ok)
            {
                continue;
            }
            var user = EventShape.UserId(userOfEvent[i]);
            if (!replies.TryGetValue(user, out var queued) || !queued.TryDequeue(out var reply))
            {
                unanswered++;
                continue;
            }
            replyAt[i] = clock.ToTimestamp(reply.ReceivedAt);
            if (reply.Text is null || !reply.Text.StartsWith(expectedReplyPrefix, StringComparison.Ordinal))
            {
                unexpected++;
            }
            ackLatencies.Add(acked[i] - due[i]);
            e2eLatencies.Add(replyAt[i] - due[i]);
        }

        // An event whose user's next event was due before its reply arrived: two outstanding at once.
        var overlapping = 0;
        var lastOfUser = new Dictionary<int, int>();
        for (var i = 0; i < total; i++)
        {
            if (outcomes[i] != RequestOutcome.Ok)
            {
                continue;
            }
            if (lastOfUser.TryGetValue(userOfEvent[i], out var previous) && (replyAt[previous] == 0 || replyAt[previous] > due[i]))
            {
                overlapping++;
            }
            lastOfUser[userOfEvent[i]] = i;
        }

        var measured = outcomes.Take(total).ToArray();
        return new EndToEndResult(
            rate,
            userOfEvent.Take(total).Distinct().Count(),
            total,
            measured.Count(o => o == RequestOutcome.Ok),
            measured.Count(o => o == RequestOutcome.OtherStatus),
            measured.Count(o => o == RequestOutcome.Error),
            LatencySummary.FromTicks(ackLatencies),
            LatencySummary.FromTicks(e2eLatencies),
            received.Count(m => m.Accepted),
            received.Count(m => !m.Accepted),
            unanswered,
            unexpected,
            overlapping,
            maxLag * 1000.0 / Stopwatch.Frequency,
            replyWait,
            usage);
    }
}

/// <summary>
/// Wall-clock time derived from the monotonic Stopwatch: the fake API stamps replies with it,
/// and the bench converts the stamps back to Stopwatch ticks to compare with send times.
/// </summary>
internal sealed class MonotonicClock : TimeProvider
{
    private readonly DateTimeOffset _anchorUtc = DateTimeOffset.UtcNow;
    private readonly long _anchorTicks = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _anchorUtc + Stopwatch.GetElapsedTime(_anchorTicks);

    public long ToTimestamp(DateTimeOffset time) =>
        _anchorTicks + (long)((time - _anchorUtc).Ticks * (double)Stopwatch.Frequency / TimeSpan.TicksPerSecond);
}
