namespace ChatAssistant.Conversation.Dialogs;

/// <summary>Where the stack stands after a dialog call, and the result when it finished.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}
