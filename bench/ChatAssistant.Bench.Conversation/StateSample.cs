using System.Text.Json;
using ChatAssistant.Conversation.Runtime;

namespace ChatAssistant.Bench.Conversation;

/// <summary>The largest conversation state loaded in a profiling run, as stored, for timing its JSON alone.</summary>
internal sealed class StateSample
{
    private readonly Lock _lock = new();

    public string Json { get; private set; } = "";

    public void Offer(ConversationState state)
    {
        var json = JsonSerializer.Serialize(state);
        lock (_lock)
        {
            if (json.Length > Json.Length)
            {
                Json = json;
            }
        }
    }
}
