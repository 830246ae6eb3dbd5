using System.Globalization;
using System.Text;

namespace ChatAssistant.Bench;

/// <summary>Collects the phases' results and prints them as Markdown tables with the targets.</summary>
internal sealed class Report(BenchOptions options, int cores)
{
    public const double TargetRate = 5_000;
    public const double TargetAckP99Ms = 25;
    public const double TargetE2eP99Ms = 150;

    public string HostBuild { get; init; } = "";
    public ClosedLoopResult? NoOp { get; set; }
    public ClosedLoopResult? WebhookWarmup { get; set; }
    public ClosedLoopResult? Webhook { get; set; }
    public long RepliesDuringWebhook { get; set; }
    public (long RssMiB, int Threads) HostFootprint { get; set; }
    public long AcknowledgedTotal { get; set; }
    public long NotAcknowledgedTotal { get; set; }
    public InboxCount? Inbox { get; set; }
    public EndToEndResult? EndToEnd { get; set; }
    public string? WriterProbe { get; set; }

    public bool CorrectnessFailed =>
        (Inbox is { } inbox && (inbox.AcknowledgedMissing > 0 || inbox.Rows != AcknowledgedTotal))
        || (EndToEnd is { } e2e && (e2e.Events == 0 || e2e.Unanswered > 0 || e2e.UnexpectedText > 0 || e2e.Acknowledged != e2e.Events))
        // A phase answered nothing with 200 (the host refused every request): its figures mean nothing.
        || NoOp is { Ok: 0 } || Webhook is { Ok: 0 };

    public bool TargetMissed =>
        (Webhook is { } webhook && (!RateMet(webhook) || !(webhook.Latency.P99 < TargetAckP99Ms)))
        || (EndToEnd is { } e2e && !(e2e.EndToEnd.P99 < TargetE2eP99Ms));

    private bool FullLength => options.DurationSeconds >= 30;

    private static bool RateMet(ClosedLoopResult r) => !r.RanOutOfRequests && r.OkRate >= TargetRate && r.MinOkPerSecond >= TargetRate;

    public static string Line(ClosedLoopResult r) =>
        Invariant($"  {r.Name}: {r.OkRate:N0}/s accepted (slowest second {r.MinOkPerSecond:N0}), p50 {r.Latency.P50:F2} ms, p99 {r.Latency.P99:F2} ms, max {r.Latency.Max:F1} ms; ") +
        Invariant($"non-200 {r.OtherStatus}, errors {r.Errors}; host {r.Cpu.HostCores:F2} cores, generator {r.Cpu.GeneratorCores:F2} cores, other processes {r.Cpu.OtherCores:F2} cores") +
                  (r.RanOutOfRequests ? "; RAN OUT OF PRE-SIGNED REQUESTS (raise --max-rate)" : "") +
        Environment.NewLine + "    host threads: " + Threads(r.Cpu);

    public static string Line(EndToEndResult r) =>
        Invariant($"  end to end: {r.Events:N0} events, {r.RepliesAccepted:N0} replies; e2e p50 {r.EndToEnd.P50:F1} ms, p99 {r.EndToEnd.P99:F1} ms, max {r.EndToEnd.Max:F1} ms; ") +
        Invariant($"ack p99 {r.Ack.P99:F2} ms; unanswered {r.Unanswered}; host {r.Cpu.HostCores:F2} cores, generator {r.Cpu.GeneratorCores:F2} cores, other processes {r.Cpu.OtherCores:F2} cores");

    public string ToMarkdown(DateTime utc)
    {
        var md = new StringBuilder();
        void Row(params object[] cells) => md.AppendLine("| " + string.Join(" | ", cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture))) + " |");

        md.AppendLine(Invariant($"Run {utc:yyyy-MM-dd HH:mm} UTC on {cores} cores ({Environment.OSVersion.VersionString}, .NET {Environment.Version}); ") +
                      Invariant($"host built from {HostBuild}; phases of {options.DurationSeconds:0.#} s, each after a warm-up of at least {options.WarmupSeconds:0.#} s that lasts until the host's JIT is idle{(options.Quick ? " (--quick smoke run)" : "")}."));
        md.AppendLine();

        if (NoOp is not null || Webhook is not null)
        {
            md.AppendLine(Invariant($"Throughput, closed loop with {options.Connections} keep-alive connections (ack = 200 answer; latencies in ms):"));
            md.AppendLine();
            Row("endpoint", "200/s (mean)", "slowest 1 s", "p50", "p90", "p99", "p99.9", "max", "non-200 / errors", "host CPU (cores)", "generator CPU (cores)", "other processes (cores)");
            Row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
            foreach (var r in new[] { NoOp, Webhook })
            {
                if (r is null)
                {
                    continue;
                }
                Row(r.Name, Invariant($"{r.OkRate:N0}"), Invariant($"{r.MinOkPerSecond:N0}"), Ms(r.Latency.P50), Ms(r.Latency.P90), Ms(r.Latency.P99), Ms(r.Latency.P999), Ms(r.Latency.Max),
                    $"{r.OtherStatus} / {r.Errors}", Invariant($"{r.Cpu.HostCores:F2}"), Invariant($"{r.Cpu.GeneratorCores:F2}"), Invariant($"{r.Cpu.OtherCores:F2}"));
            }
            md.AppendLine();
            foreach (var r in new[] { NoOp, Webhook })
            {
                if (r is not null)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"Host CPU of {r.Name} by thread (cores): {Threads(r.Cpu)}.");
                }
            }
            if (NoOp is not null && Webhook is not null)
            {
                md.AppendLine();
                md.AppendLine(Invariant($"Webhook / no-op: {Webhook.OkRate / NoOp.OkRate:F2} of the throughput, p99 {Webhook.Latency.P99 / NoOp.Latency.P99:F1}× the no-op's."));
            }
            if (Webhook is not null && Inbox is not null)
            {
                md.AppendLine();
                md.AppendLine("Durability (host killed with SIGKILL right after the phase, then the SQLite file read):");
                md.AppendLine();
                Row("answered 200 (warm-up + phase)", "inbox rows", "200 but not in inbox", "not 200", "turns done by the kill", "replies sent during the phase", "host RSS / threads at end");
                Row("---:", "---:", "---:", "---:", "---:", "---:", "---:");
                Row(Invariant($"{AcknowledgedTotal:N0}"), Invariant($"{Inbox.Rows:N0}"), Inbox.AcknowledgedMissing, NotAcknowledgedTotal,
                    Invariant($"{Inbox.Done:N0} ({Inbox.Pending:N0} pending)"), Invariant($"{RepliesDuringWebhook:N0}"), Invariant($"{HostFootprint.RssMiB} MiB / {HostFootprint.Threads}"));
            }
            md.AppendLine();
        }

        if (EndToEnd is { } e)
        {
            md.AppendLine(Invariant($"End to end, open loop at {e.Rate:0.#} events/s over {e.Users:N0} users (webhook POST due time → fake Zalo API receives the reply; ms):"));
            md.AppendLine();
            Row("events", "acked 200", "replies", "e2e p50", "e2e p90", "e2e p99", "e2e max", "ack p50", "ack p99", "unanswered", "overlapping", "max send lag", "host CPU (cores)", "generator CPU (cores)", "other processes (cores)");
            Row("---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
            Row(Invariant($"{e.Events:N0}"), Invariant($"{e.Acknowledged:N0}"), Invariant($"{e.RepliesAccepted:N0}"),
                Ms(e.EndToEnd.P50), Ms(e.EndToEnd.P90), Ms(e.EndToEnd.P99), Ms(e.EndToEnd.Max), Ms(e.Ack.P50), Ms(e.Ack.P99),
                e.Unanswered, e.Overlapping, Ms(e.MaxSendLagMs), Invariant($"{e.Cpu.HostCores:F2}"), Invariant($"{e.Cpu.GeneratorCores:F2}"), Invariant($"{e.Cpu.OtherCores:F2}"));
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Host CPU of the end-to-end phase by thread (cores): {Threads(e.Cpu)}.");
            md.AppendLine();
        }

        if (WriterProbe is not null)
        {
            md.AppendLine(WriterProbe);
        }

        md.AppendLine("Targets:");
        md.AppendLine();
        Row("target", "measured", "met");
        Row("---", "---", "---");
        if (Webhook is { } w)
        {
            Row("≥ 5,000 accepted events/s sustained for 30 s",
                Invariant($"{w.OkRate:N0}/s mean, slowest second {w.MinOkPerSecond:N0}/s over {w.Seconds:F1} s") + (w.RanOutOfRequests ? " (ran out of requests)" : ""),
                Verdict(RateMet(w), FullLength));
            Row("p99 acknowledgement < 25 ms", Invariant($"{w.Latency.P99:F2} ms"), Verdict(w.Latency.P99 < TargetAckP99Ms, FullLength));
            if (Inbox is { } inbox)
            {
                Row("every accepted event durably in the inbox", Invariant($"{inbox.Rows:N0} rows for {AcknowledgedTotal:N0} answered 200, {inbox.AcknowledgedMissing} missing"),
                    Verdict(inbox.Rows == AcknowledgedTotal && inbox.AcknowledgedMissing == 0, true));
            }
            if (NoOp is { } n)
            {
                Row("ratio to the no-op endpoint reported", Invariant($"{w.OkRate / n.OkRate:F2} (webhook {w.OkRate:N0}/s, no-op {n.OkRate:N0}/s)"), "reported");
            }
        }
        if (EndToEnd is { } e2e)
        {
            Row(Invariant($"end to end p99 < 150 ms at 500/s over 1,000 users"),
                Invariant($"{e2e.EndToEnd.P99:F1} ms at {e2e.Rate:0.#}/s over {e2e.Users:N0} users"),
                Verdict(e2e.EndToEnd.P99 < TargetE2eP99Ms, FullLength && e2e.Rate >= 500 && e2e.Users >= 1000));
            Row("a reply for every event", Invariant($"{e2e.Events - e2e.Unanswered:N0} of {e2e.Events:N0} answered ({e2e.UnexpectedText} with unexpected text)"),
                Verdict(e2e.Unanswered == 0 && e2e.UnexpectedText == 0 && e2e.Acknowledged == e2e.Events, true));
        }
        return md.ToString();
    }

    private static string Threads(CpuUse cpu) =>
        string.Join(", ", cpu.HostThreads.Take(6).Select(t => Invariant($"{t.Name} {t.Cores:F2}")));

    private static string Verdict(bool met, bool fullRun) => (met ? "yes" : "**NO**") + (fullRun ? "" : " (not a full-size run)");

    private static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString(ms < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
