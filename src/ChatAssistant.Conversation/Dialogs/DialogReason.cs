namespace ChatAssistant.Conversation.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
