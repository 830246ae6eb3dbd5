namespace ChatAssistant.Conversation.Prompts;

public enum PromptRecognitionStatus
{
    Recognized,
    NotRecognized,
    Collecting,
}
