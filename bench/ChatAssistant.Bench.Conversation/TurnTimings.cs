using System.Diagnostics;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// Per-turn timestamps (<see cref="Stopwatch"/> ticks), indexed by inbox row id: a fresh database numbers
/// the rows 1..N, so plain arrays do and the turns never contend for a lock.
/// </summary>
internal sealed class TurnTimings(int capacity)
{
    private readonly long[] _stored = new long[capacity + 1];
    private readonly long[] _handlerStart = new long[capacity + 1];
    private readonly long[] _handlerEnd = new long[capacity + 1];
    private readonly long[] _writesBegan = new long[capacity + 1];
    private readonly long[] _writesEnded = new long[capacity + 1];
    private readonly int[] _commitIndex = Enumerable.Repeat(-1, capacity + 1).ToArray();
    private readonly long[] _stateLoad = new long[(capacity * 2) + 16];
    private int _stateLoads;

    /// <summary>When the inbox had stored the row (a webhook would have answered 200 then).</summary>
    public void Stored(long inboxId, long ticks) => _stored[Index(inboxId)] = ticks;

    /// <summary>Milliseconds from the row stored to the commit of the batch holding its turn: how long a message waited for its answer to be saved.</summary>
    public double[] QueueMilliseconds(WriterCommits commits) =>
        [.. Turns().Where(i => commits.CommitEnd(_commitIndex[i]) is not null && _stored[i] > 0).Select(i => Ms(commits.CommitEnd(_commitIndex[i])!.Value - _stored[i]))];

    public void Handled(long inboxId, long start, long end)
    {
        var i = Index(inboxId);
        _handlerStart[i] = start;
        _handlerEnd[i] = end;
    }

    /// <summary>On the writer thread, before the turn's own writes run in the batch.</summary>
    public void WritesBegan(long inboxId) => _writesBegan[Index(inboxId)] = Stopwatch.GetTimestamp();

    /// <summary>On the writer thread, after the turn's own writes; <paramref name="commitIndex"/> names the batch's commit.</summary>
    public void WritesEnded(long inboxId, int commitIndex)
    {
        var i = Index(inboxId);
        _writesEnded[i] = Stopwatch.GetTimestamp();
        _commitIndex[i] = commitIndex;
    }

    /// <summary>ConversationStateStore.Load as the state middleware runs it: connection, query, JSON.</summary>
    public void StateLoaded(long ticks)
    {
        var slot = Interlocked.Increment(ref _stateLoads) - 1;
        if (slot < _stateLoad.Length)
        {
            _stateLoad[slot] = ticks;
        }
    }

    /// <summary>Milliseconds in <c>ConversationEngine.HandleAsync</c>, one per turn.</summary>
    public double[] HandlerMilliseconds() =>
        [.. Turns().Select(i => Ms(_handlerEnd[i] - _handlerStart[i]))];

    /// <summary>Milliseconds from the handler's start to the commit of the batch holding the turn's writes.</summary>
    public double[] TurnMilliseconds(WriterCommits commits) =>
        [.. Turns().Where(i => commits.CommitEnd(_commitIndex[i]) is not null).Select(i => Ms(commits.CommitEnd(_commitIndex[i])!.Value - _handlerStart[i]))];

    /// <summary>Milliseconds from the handler's end to that commit: the wait for the single writer.</summary>
    public double[] CommitWaitMilliseconds(WriterCommits commits) =>
        [.. Turns().Where(i => commits.CommitEnd(_commitIndex[i]) is not null).Select(i => Ms(commits.CommitEnd(_commitIndex[i])!.Value - _handlerEnd[i]))];

    /// <summary>Microseconds the writer thread spent on a turn's state, resident and transcript writes.</summary>
    public double[] WriterMicrosecondsPerTurn() =>
        [.. Turns().Where(i => _writesEnded[i] > 0 && _writesBegan[i] > 0).Select(i => Ms(_writesEnded[i] - _writesBegan[i]) * 1000)];

    public double[] StateLoadMilliseconds() =>
        [.. _stateLoad.Take(Math.Min(_stateLoads, _stateLoad.Length)).Select(Ms)];

    /// <summary>The commit that made the last turn durable, or null when the commits were not timed.</summary>
    public long? LastCommit(WriterCommits commits) =>
        Turns().Select(i => commits.CommitEnd(_commitIndex[i])).Max();

    private IEnumerable<int> Turns() => Enumerable.Range(1, _handlerStart.Length - 1).Where(i => _handlerEnd[i] != 0);

    private int Index(long inboxId) => inboxId > 0 && inboxId < _handlerStart.Length
        ? (int)inboxId
        : throw new InvalidOperationException($"Inbox row {inboxId} is outside 1..{_handlerStart.Length - 1}: the database was not fresh.");

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
