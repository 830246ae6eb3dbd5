namespace ChatAssistant.Conversation.Dialogs;

/// <summary>The dialogs a context can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"Two dialogs share the id '{dialog.Id}'.");
        }
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public IEnumerable<Dialog> All => _dialogs.Values;
}
