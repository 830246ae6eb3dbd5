using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>What a validator sees: the recognised value, the turn, and how many tries this is.</summary>
public sealed class PromptValidatorContext<T>(ITurnContext turn, T value, PromptOptions options, int attempt)
{
    public ITurnContext Context { get; } = turn;
    public T Value { get; } = value;
    public PromptOptions Options { get; } = options;

    /// <summary>1 for the first answer.</summary>
    public int Attempt { get; } = attempt;

    /// <summary>Set to say why the answer is refused (e.g. "that day is a holiday"); sent instead of the usual retry.</summary>
    public string? RetryText { get; set; }

    /// <summary>Set when part of the answer was taken ("15 giờ" where the day is asked: the time is kept and the day asked
    /// again): the question is asked again without counting the answer as a failed attempt.</summary>
    public bool PartlyTaken { get; set; }
}
