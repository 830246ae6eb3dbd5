namespace ChatAssistant.Content;

/// <summary>Content in dialogs/ that cannot be used, with the file and line to fix.</summary>
public sealed class ContentException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
