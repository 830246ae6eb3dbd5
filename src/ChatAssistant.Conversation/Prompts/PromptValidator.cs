namespace ChatAssistant.Conversation.Prompts;

/// <summary>Decides whether a recognised answer is acceptable.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
