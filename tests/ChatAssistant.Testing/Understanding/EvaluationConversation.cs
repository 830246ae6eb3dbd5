namespace ChatAssistant.Testing.Understanding;

/// <summary>One conversation of the understanding evaluation (tests/ChatAssistant.Tests/Understanding/Evaluation/).</summary>
/// <param name="Set">The folder it came from: "tuning" or "held-out".</param>
public sealed record EvaluationConversation(string Name, string Style, string Set, string File, IReadOnlyList<EvaluationTurn> Turns);

/// <summary>A resident's line and what a good reply contains; or, with <see cref="Wait"/>, the clock moving.</summary>
/// <param name="Intents">What the resident meant; several for a message with several requests.</param>
/// <param name="Expect">Each must appear in the replies; alternatives separated by '|'.</param>
/// <param name="Reject">None may appear.</param>
public sealed record EvaluationTurn(
    string? Say,
    TimeSpan? Wait,
    IReadOnlyList<string> Intents,
    IReadOnlyList<string> Expect,
    IReadOnlyList<string> Reject,
    int Line);
