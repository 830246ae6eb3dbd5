namespace ChatAssistant.Features.Dossiers;

/// <summary>The <c>Dossiers</c> section: how imports are written and reported, and how often residents may look up.</summary>
public sealed class DossierOptions
{
    public const string SectionName = "Dossiers";

    /// <summary>
    /// Rows per write. Each batch is one request to the single database writer, so between batches webhook
    /// and turn writes get their turn. A webhook arriving during an import waits for the batch being written:
    /// 500 rows kept that wait at 44 ms p99 with a million rows, against 330 ms for 2,000 rows, and imported
    /// as fast (bench/README.md, "Procedure benchmarks").
    /// </summary>
    public int ImportBatchSize { get; set; } = 500;

    /// <summary>Refused rows listed in the report; the total is always given.</summary>
    public int MaxRejectedListed { get; set; } = 1000;

    /// <summary>The largest upload the import endpoint accepts (a million rows is about 100 MB).</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Lookups one resident may make in <see cref="LookupPeriod"/>; the next is refused, saying when to come back.</summary>
    public int MaxLookupsPerResident { get; set; } = 10;

    public TimeSpan LookupPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Wrong answers to the phone question before the lookup ends without the result; each counts as a lookup.</summary>
    public int MaxPhoneAttempts { get; set; } = 3;
}
