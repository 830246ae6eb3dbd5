namespace ChatAssistant.Bench.Conversation;

/// <summary>What one run measured and whether its output was right.</summary>
internal sealed record RunResult(
    string Label,
    InsertMode Mode,
    string Synchronous,
    int Residents,
    int ExpectedTurns,
    double Seconds,
    double InsertSeconds,
    Percentiles Handler,
    Percentiles Turn,
    Percentiles CommitWait,
    Percentiles Queue,
    Percentiles StateLoad,
    Percentiles WriterPerTurn,
    Percentiles Commit,
    int Commits,
    WriterUse Writer,
    CpuUse Cpu,
    double OthersBefore,
    bool Quiet,
    Verification Check)
{
    public double TurnsPerSecond => Check.Done / Seconds;

    /// <summary>Turn commits per writer commit; intake inserts share some of the batches in streamed runs.</summary>
    public double TurnsPerCommit => Commits == 0 ? double.NaN : (double)Check.Done / Commits;
}

/// <summary>Shares of a run's wall time: the writer inside transactions, its thread's CPU there, and COMMIT (WAL write + fsync).</summary>
internal sealed record WriterUse(double Busy, double Cpu, double Commit);
