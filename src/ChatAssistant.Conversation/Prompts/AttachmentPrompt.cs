using System.Globalization;
using System.Text.Json;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>
/// Pictures, files or video, several in a row: each one is acknowledged, and the prompt ends when the
/// resident says they are done ("xong") or the limit is reached.
/// </summary>
public sealed class AttachmentPrompt(string id, PromptValidator<IReadOnlyList<Attachment>>? validator = null)
    : Prompt<IReadOnlyList<Attachment>>(id, validator)
{
    private const string CollectedKey = "collected";

    private static readonly string[] DoneWords = ["xong", "xong roi", "het", "het roi", "du roi", "du", "done", "gui xong", "khong con", "vay thoi", "the thoi"];

    protected override string RetryTextKey => "prompt-attachment-retry";
    protected override string DefaultHelpTextKey => "help-prompt-attachment";

    protected override Task<PromptRecognition<IReadOnlyList<Attachment>>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var collected = instance.State[CollectedKey]?.Deserialize<List<Attachment>>() ?? [];
        var received = turn.Activity.Attachments.Where(a => a.Kind is AttachmentKind.Image or AttachmentKind.File or AttachmentKind.Video or AttachmentKind.Audio).ToList();
        if (received.Count > 0)
        {
            collected.AddRange(received.Take(Math.Max(0, options.MaxItems - collected.Count)));
            instance.State[CollectedKey] = JsonSerializer.SerializeToNode(collected);
            if (collected.Count >= options.MaxItems)
            {
                return Task.FromResult(PromptRecognition<IReadOnlyList<Attachment>>.Recognized(collected));
            }
            turn.SendText("prompt-attachment-received", new Dictionary<string, string>
            {
                ["count"] = collected.Count.ToString(CultureInfo.InvariantCulture),
                ["max"] = options.MaxItems.ToString(CultureInfo.InvariantCulture),
            });
            return Task.FromResult(PromptRecognition<IReadOnlyList<Attachment>>.Collecting);
        }
        if (TextOf(turn) is { } text && DoneWords.Contains(VietnameseText.Fold(text)) && collected.Count > 0)
        {
            return Task.FromResult(PromptRecognition<IReadOnlyList<Attachment>>.Recognized(collected));
        }
        return Task.FromResult(PromptRecognition<IReadOnlyList<Attachment>>.NotRecognized);
    }
}
