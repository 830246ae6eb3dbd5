namespace ChatAssistant.Conversation.Dialogs;

/// <summary>A stored stack names a dialog that no longer exists or has another version: the flow must restart.</summary>
public sealed class DialogShapeChangedException(string dialogId, string detail)
    : Exception($"The stored dialog '{dialogId}' no longer fits this build: {detail}")
{
    public string DialogId { get; } = dialogId;
}
