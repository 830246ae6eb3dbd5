namespace ChatAssistant.Content;

/// <summary>A feature's list of the text keys it uses, so that a missing text stops start-up instead of a conversation.</summary>
public interface IRequiredTexts
{
    IEnumerable<string> Keys { get; }
}
