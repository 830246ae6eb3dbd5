namespace ChatAssistant.Testing.Understanding;

/// <summary>How one resident turn of the evaluation went.</summary>
/// <param name="Problem">Null when the reply was good; otherwise what was missing or wrong.</param>
public sealed record TurnOutcome(EvaluationConversation Conversation, EvaluationTurn Turn, string Reply, string? Problem)
{
    public bool Passed => Problem is null;
}
