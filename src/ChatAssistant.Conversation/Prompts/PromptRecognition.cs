namespace ChatAssistant.Conversation.Prompts;

/// <summary>What a prompt made of the resident's message.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "PromptRecognition<int>.NotRecognized reads better than a helper class.")]
public readonly record struct PromptRecognition<T>(PromptRecognitionStatus Status, T? Value)
{
    public static PromptRecognition<T> Recognized(T value) => new(PromptRecognitionStatus.Recognized, value);
    public static PromptRecognition<T> NotRecognized { get; } = new(PromptRecognitionStatus.NotRecognized, default);
    /// <summary>Understood, but the prompt wants more before it ends (attachments until "xong").</summary>
    public static PromptRecognition<T> Collecting { get; } = new(PromptRecognitionStatus.Collecting, default);
}
