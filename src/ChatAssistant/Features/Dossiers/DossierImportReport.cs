namespace ChatAssistant.Features.Dossiers;

/// <summary>What an import did: rows stored (new, changed, the same) and rows refused.</summary>
/// <param name="Accepted">Rows that passed the checks: <paramref name="Inserted"/> + <paramref name="Updated"/> + <paramref name="Unchanged"/>.</param>
/// <param name="RejectedTotal">Every refused row; <paramref name="Rejected"/> lists the first ones only (<see cref="DossierOptions.MaxRejectedListed"/>).</param>
public sealed record DossierImportReport(
    long Accepted,
    long Inserted,
    long Updated,
    long Unchanged,
    long RejectedTotal,
    IReadOnlyList<DossierRejection> Rejected);
