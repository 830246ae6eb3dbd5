using System.Text.Json.Nodes;

namespace ChatAssistant.Conversation.Dialogs;

/// <summary>One dialog on the stack, as persisted between turns: which dialog, which shape, its state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    /// <summary>The dialog's version when this instance began; a mismatch after a redeploy restarts the flow.</summary>
    public int Version { get; set; } = 1;

    public JsonObject State { get; set; } = [];
}
