namespace ChatAssistant.Conversation.Turns;

/// <summary>The texts residents read, by key; the runtime's own prompts and messages come from here too.</summary>
public interface ITextCatalog
{
    /// <summary>The text for <paramref name="key"/>, with <c>{name}</c> placeholders filled from <paramref name="values"/>.</summary>
    string Get(string key, IReadOnlyDictionary<string, string>? values = null);

    bool Contains(string key);
}
