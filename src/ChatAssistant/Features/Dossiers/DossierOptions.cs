namespace ChatAssistant.Features.Dossiers;

/// <summary>The <c>Dossiers</c> section: how imports are written and reported.</summary>
public sealed class DossierOptions
{
    public const string SectionName = "Dossiers";

    /// <summary>
    /// Rows per write. Each batch is one request to the single database writer, so between batches webhook
    /// and turn writes get their turn: a 1,000,000-row import never holds the writer for more than a batch.
    /// </summary>
    public int ImportBatchSize { get; set; } = 2000;

    /// <summary>Refused rows listed in the report; the total is always given.</summary>
    public int MaxRejectedListed { get; set; } = 1000;

    /// <summary>The largest upload the import endpoint accepts (a million rows is about 100 MB).</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;
}
