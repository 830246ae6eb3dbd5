using System.Text.Json;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>Asks one question and waits until the answer is understood and valid, or the attempts run out.</summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    /// <summary>The catalogue key of the line sent before asking again, e.g. "Xin lỗi, bạn vui lòng nhập một số.".</summary>
    protected abstract string RetryTextKey { get; }

    /// <summary>The catalogue key of the help for this kind of question.</summary>
    protected abstract string DefaultHelpTextKey { get; }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? new PromptOptions();
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions);
        instance.State[AttemptsKey] = 0;
        await OnPromptAsync(dc.Context, instance, promptOptions, lead: null, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        if (options.Sensitive)
        {
            dc.Context.IncomingIsSensitive = true;
        }
        if (options.AllowSkip && IsSkip(dc.Context.Activity.Text))
        {
            return await dc.EndDialogAsync(PromptSkipped.Instance, cancellationToken).ConfigureAwait(false);
        }

        var recognition = await OnRecognizeAsync(dc.Context, instance, options, cancellationToken).ConfigureAwait(false);
        if (recognition.Status == PromptRecognitionStatus.Collecting)
        {
            return DialogTurnResult.Waiting;
        }
        var attempts = (int)instance.State[AttemptsKey]! + 1;
        string? refusal = null;
        if (recognition.Status == PromptRecognitionStatus.Recognized)
        {
            if (validator is null)
            {
                return await dc.EndDialogAsync(recognition.Value, cancellationToken).ConfigureAwait(false);
            }
            var check = new PromptValidatorContext<T>(dc.Context, recognition.Value!, options, attempts);
            if (await validator(check, cancellationToken).ConfigureAwait(false))
            {
                return await dc.EndDialogAsync(recognition.Value, cancellationToken).ConfigureAwait(false);
            }
            refusal = check.RetryText;
            if (check.PartlyTaken)
            {
                attempts--;
            }
        }

        instance.State[AttemptsKey] = attempts;
        if (attempts >= options.MaxAttempts)
        {
            return await dc.EndDialogAsync(PromptGaveUp.Instance, cancellationToken).ConfigureAwait(false);
        }
        if (options.RetryPrompt is { } retry && refusal is null)
        {
            dc.Context.Send(retry);
        }
        else
        {
            // The apology and the question again, as one message.
            var lead = refusal ?? dc.Context.Texts.Get(RetryTextKey);
            await OnPromptAsync(dc.Context, instance, options, lead, cancellationToken).ConfigureAwait(false);
        }
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken) =>
        OnPromptAsync(turn, instance, ReadOptions(instance), lead: null, cancellationToken);

    public override string? HelpTextKey(DialogContext dc, DialogInstance instance) => ReadOptions(instance).HelpTextKey ?? DefaultHelpTextKey;

    public override bool YieldsToNewRequests(DialogContext dc, DialogInstance instance) => ReadOptions(instance).YieldsToNewRequests;

    /// <summary>
    /// The answers this question surely takes ("k cho sđt được không" where skipping is allowed, "đúng rồi" where yes or
    /// no is asked) are its own, never a question on the side nor a word every flow obeys.
    /// </summary>
    public override bool Claims(DialogContext dc, DialogInstance instance, string? text) =>
        text is not null && ((ReadOptions(instance).AllowSkip && IsSkip(text)) || SurelyAnswers(text, ReadOptions(instance)));

    /// <summary>Whether <paramref name="text"/> is an answer this kind of question takes as it is (no side effects).</summary>
    protected virtual bool SurelyAnswers(string text, PromptOptions options) => false;

    /// <summary>Sends the question, after <paramref name="lead"/> (an apology) when asking again. Prompts with more to show override it.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turn, DialogInstance instance, PromptOptions options, string? lead, CancellationToken cancellationToken)
    {
        SendLed(turn, lead, options.Prompt);
        return Task.CompletedTask;
    }

    /// <summary>Sends <paramref name="message"/> with <paramref name="lead"/> as its first line; a card gets the lead as a text before it.</summary>
    protected static void SendLed(ITurnContext turn, string? lead, OutboundMessage? message)
    {
        switch (message)
        {
            case null when lead is not null:
                turn.SendRawText(lead);
                break;
            case { Kind: OutboundMessageKind.Text } text when lead is not null:
                turn.Send(text with { Text = $"{lead}\n{text.Text}" });
                break;
            case not null:
                if (lead is not null)
                {
                    turn.SendRawText(lead);
                }
                turn.Send(message);
                break;
        }
    }

    protected abstract Task<PromptRecognition<T>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken);

    protected static PromptOptions ReadOptions(DialogInstance instance) =>
        instance.State[OptionsKey]?.Deserialize<PromptOptions>() ?? new PromptOptions();

    private static bool IsSkip(string? text)
    {
        if (text is null)
        {
            return false;
        }
        var normalized = Shorthand.Normalize(text);
        var folded = " " + normalized + " ";
        // "Tôi không tiện cung cấp số điện thoại, xin phép bỏ qua bước này": the step's own word says it, however long.
        if (folded.Contains(" bo qua ", StringComparison.Ordinal) && !normalized.Any(char.IsAsciiDigit))
        {
            return true;
        }
        // A longer message is an answer that happens to say "không có" ("nhà không có ai thì bị trộm"), never a skip.
        if (normalized.Split(' ').Length > MaxSkipWords)
        {
            return false;
        }
        return folded is " bo " || SkipPhrases.Any(phrase => folded.Contains(phrase, StringComparison.Ordinal)) || SlippedSkip(normalized);
    }

    private const int MaxSkipWords = 12;

    /// <summary>"bỏ qya", "bo wa", "bỏ qa": "bỏ qua" with a slip of the thumb in its second word.</summary>
    private static bool SlippedSkip(string normalized)
    {
        var words = normalized.Split(' ');
        var at = Array.IndexOf(words, "bo");
        return at >= 0 && at + 1 < words.Length && words[at + 1] is { Length: >= 2 and <= 4 } next && next[0] is 'q' or 'w';
    }

    // "k có", "tôi không muốn để lại số", "thôi khỏi": where skipping is allowed, every everyday way of saying it.
    private static readonly string[] SkipPhrases =
    [
        " bo qua ", " skip ", " khong co ", " khong muon ", " khong cung cap ", " khong de lai ", " khong can ", " khoi ",
        " khong gui ", " chua co ", " thoi khong ", " khong cho ", " khong de ", " xin phep khong ", " khoi can ",
    ];

    /// <summary>Text of the message, or null: most prompts only understand typed answers.</summary>
    protected static string? TextOf(ITurnContext turn) =>
        string.IsNullOrWhiteSpace(turn.Activity.Text) ? null : turn.Activity.Text;

    /// <summary>The prompt's question with a suffix (numbered choices, a hint), as one message.</summary>
    protected static OutboundMessage WithSuffix(OutboundMessage? prompt, string suffix) =>
        prompt is { Kind: OutboundMessageKind.Text } text
            ? text with { Text = text.Text.Length == 0 ? suffix : $"{text.Text}\n{suffix}" }
            : OutboundMessage.FromText(suffix);
}
