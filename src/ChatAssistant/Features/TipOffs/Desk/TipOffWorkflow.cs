namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>The status workflow of issue 6: new → verifying → handled / transferred / rejected; closing is final.</summary>
public static class TipOffWorkflow
{
    public static IReadOnlyList<string> All { get; } =
        [TipOffStatus.New, TipOffStatus.Verifying, TipOffStatus.Handled, TipOffStatus.Transferred, TipOffStatus.Rejected];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status, StringComparer.Ordinal);

    /// <summary>Handled, transferred and rejected: retention counts from the closing.</summary>
    public static bool IsClosed(string status) => status is TipOffStatus.Handled or TipOffStatus.Transferred or TipOffStatus.Rejected;

    /// <summary>
    /// A report may be passed on or turned down before anyone verifies it (plainly out of the unit's remit, or
    /// nonsense), but "handled" means someone verified it first.
    /// </summary>
    public static bool Allows(string from, string to) => (from, to) switch
    {
        (TipOffStatus.New, TipOffStatus.Verifying or TipOffStatus.Transferred or TipOffStatus.Rejected) => true,
        (TipOffStatus.Verifying, TipOffStatus.Handled or TipOffStatus.Transferred or TipOffStatus.Rejected) => true,
        _ => false,
    };

    /// <summary>Transferred must say where to, rejected must say why: the next officer and the handover need it.</summary>
    public static bool NeedsNote(string to) => to is TipOffStatus.Transferred or TipOffStatus.Rejected;
}
