namespace ChatAssistant.Content;

/// <summary>Content loaded from dialogs/ that must be valid before the service takes messages.</summary>
/// <remarks>Register each as this interface too; <see cref="ContentCheck"/> resolves them all at start-up.</remarks>
public interface IStartupContent;
