using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>What a prompt asks and how patient it is. Stored with the stack, so plain data only.</summary>
public sealed class PromptOptions
{
    public OutboundMessage? Prompt { get; set; }

    /// <summary>Sent after an answer that was not understood; by default the prompt's own "sorry" line and the question again.</summary>
    public OutboundMessage? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>Answers accepted before the prompt gives up with <see cref="PromptGaveUp"/>.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The answer is personal data: the transcript keeps a redacted line.</summary>
    public bool Sensitive { get; set; }

    /// <summary>The help shown for "giúp" at this question; by default the prompt kind's help.</summary>
    public string? HelpTextKey { get; set; }

    /// <summary>The resident may answer "bỏ qua" to skip; the prompt then ends with <see cref="PromptSkipped"/>.</summary>
    public bool AllowSkip { get; set; }

    /// <summary>
    /// The question only looks something up (a code): a message that is clearly a new request ("cảm ơn ạ", "em muốn báo
    /// tin đánh nhau") leaves it for that request instead of being taken for a wrong answer. Nothing is lost by leaving.
    /// </summary>
    public bool YieldsToNewRequests { get; set; }

    /// <summary>For attachment prompts: at most this many items.</summary>
    public int MaxItems { get; set; } = 5;

    public static PromptOptions Asking(string text) => new() { Prompt = OutboundMessage.FromText(text) };
}
