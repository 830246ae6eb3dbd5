namespace ChatAssistant.Conversation.Turns;

public static class TextCatalogExtensions
{
    /// <summary>The text with its placeholders filled: <c>texts.Get("procedure-fee", ("fee", fee))</c>.</summary>
    public static string Get(this ITextCatalog texts, string key, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Get(key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
    }
}
