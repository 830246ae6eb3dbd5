namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>Keys of what residents read about their reports, in <c>dialogs/texts/tipoff-followup.yaml</c>.</summary>
public static class TipOffResidentTexts
{
    /// <summary>An officer's question pushed to the reporter: <c>{date}</c> (dd/MM), <c>{question}</c>.</summary>
    public const string PushQuestion = "tipoff-push-question";

    /// <summary>A status change pushed to the reporter: <c>{date}</c> (dd/MM), <c>{status}</c>, <c>{explanation}</c>.</summary>
    public const string PushStatus = "tipoff-push-status";

    /// <summary>The status in plain Vietnamese.</summary>
    public static string StatusLabel(string status) => "tipoff-status-" + status;

    /// <summary>What the status means for the resident, one sentence.</summary>
    public static string StatusExplanation(string status) => "tipoff-status-explain-" + status;

    public static IEnumerable<string> All =>
    [
        PushQuestion, PushStatus,
        .. TipOffWorkflow.All.Select(StatusLabel),
        .. TipOffWorkflow.All.Select(StatusExplanation),
    ];
}
