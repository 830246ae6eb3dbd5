namespace ChatAssistant.Conversation.Runtime;

/// <summary>Catalogue keys the runtime itself uses; the service checks at start-up that each has a text.</summary>
public static class RuntimeTexts
{
    public const string FlowExpired = "flow-expired";
    public const string FlowRestarted = "flow-restarted";
    public const string FlowCancelled = "flow-cancelled";
    public const string LeaveConfirm = "flow-leave-confirm";
    public const string LeaveDeclined = "flow-leave-declined";
    public const string CourtesyMidFlow = "flow-courtesy";
    public const string FarewellMidFlow = "flow-farewell";
    public const string HelpGeneral = "help-general";

    public static IReadOnlyList<string> Keys { get; } =
    [
        FlowExpired, FlowRestarted, FlowCancelled, LeaveConfirm, LeaveDeclined, CourtesyMidFlow, FarewellMidFlow, HelpGeneral,
        "prompt-text-retry", "help-prompt-text",
        "prompt-number-retry", "help-prompt-number",
        "prompt-confirm-retry", "prompt-confirm-hint", "help-prompt-confirm",
        "prompt-choice-retry", "help-prompt-choice",
        "prompt-date-retry", "help-prompt-date",
        "prompt-time-retry", "help-prompt-time",
        "prompt-datetime-retry", "help-prompt-datetime",
        "prompt-phone-retry", "help-prompt-phone",
        "prompt-location-retry", "help-prompt-location",
        "prompt-attachment-retry", "prompt-attachment-received", "help-prompt-attachment",
        "prompt-userinfo-retry", "help-prompt-userinfo",
    ];
}
