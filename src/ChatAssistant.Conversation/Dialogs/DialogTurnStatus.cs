namespace ChatAssistant.Conversation.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,
    /// <summary>A dialog is waiting for the resident's next message.</summary>
    Waiting,
    /// <summary>The stack finished; the result is the last dialog's.</summary>
    Complete,
    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
