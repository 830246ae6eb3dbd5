using ChatAssistant.Conversation.Messages;

namespace ChatAssistant.Conversation.Turns;

public static class TurnContextExtensions
{
    /// <summary>Sends the catalogue text <paramref name="key"/>.</summary>
    public static void SendText(this ITurnContext turn, string key, IReadOnlyDictionary<string, string>? values = null) =>
        turn.Send(OutboundMessage.FromText(turn.Texts.Get(key, values)));

    /// <summary>Sends the catalogue text <paramref name="key"/> with its placeholders filled.</summary>
    public static void SendText(this ITurnContext turn, string key, params (string Name, string Value)[] values) =>
        turn.Send(OutboundMessage.FromText(turn.Texts.Get(key, values)));

    /// <summary>Sends text that is already written out (e.g. a procedure answer built from the catalogue).</summary>
    public static void SendRawText(this ITurnContext turn, string text) => turn.Send(OutboundMessage.FromText(text));
}
