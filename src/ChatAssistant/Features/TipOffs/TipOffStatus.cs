namespace ChatAssistant.Features.TipOffs;

/// <summary>The workflow of a report, as stored: new → verifying → handled / transferred / rejected.</summary>
public static class TipOffStatus
{
    public const string New = "new";
    public const string Verifying = "verifying";
    public const string Handled = "handled";
    public const string Transferred = "transferred";
    public const string Rejected = "rejected";
}
