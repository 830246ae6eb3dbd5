namespace ChatAssistant.Content;

/// <summary>A fixed list of required keys, registered by a feature.</summary>
public sealed class RequiredTexts(params string[] keys) : IRequiredTexts
{
    public IEnumerable<string> Keys { get; } = keys;
}
