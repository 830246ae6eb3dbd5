using System.Globalization;
using System.Text;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>One of a numbered list. Zalo OA v3 has no reliable buttons, so options are lines "1. …" answered by number or words.</summary>
/// <param name="interpret">
/// The value of the option a sentence picks in this step's own terms, read before the options' words ("ko ẩn danh, để
/// tên" is the named option, though it holds the words "ẩn danh"); null when it says none.
/// </param>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null, Func<string, string?>? interpret = null)
    : Prompt<FoundChoice>(id, validator)
{
    protected override string RetryTextKey => "prompt-choice-retry";
    protected override string DefaultHelpTextKey => "help-prompt-choice";

    protected override Task OnPromptAsync(ITurnContext turn, DialogInstance instance, PromptOptions options, string? lead, CancellationToken cancellationToken)
    {
        SendLed(turn, lead, WithSuffix(options.Prompt, Render(options.Choices ?? [])));
        return Task.CompletedTask;
    }

    protected override Task<PromptRecognition<FoundChoice>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        return Task.FromResult(TextOf(turn) is { } text && Pick(text, choices) is { } index
            ? PromptRecognition<FoundChoice>.Recognized(new FoundChoice(index, choices[index].Value, choices[index].Title))
            : PromptRecognition<FoundChoice>.NotRecognized);
    }

    protected override bool SurelyAnswers(string text, PromptOptions options) => options.Choices is { Count: > 0 } choices && Pick(text, choices) is not null;

    private int? Pick(string text, List<Choice> choices)
    {
        if (interpret?.Invoke(text) is { } value)
        {
            for (var i = 0; i < choices.Count; i++)
            {
                if (choices[i].Value == value)
                {
                    return i;
                }
            }
        }
        return ChoiceRecognizer.Recognize(text, choices);
    }

    /// <summary>"1. Căn cước" lines, one option a line.</summary>
    public static string Render(IReadOnlyList<Choice> choices)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < choices.Count; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"{i + 1}. {choices[i].Title}");
            if (i < choices.Count - 1)
            {
                lines.Append('\n');
            }
        }
        return lines.ToString();
    }
}
