using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Tests.Features.TipOffs.Keys;

/// <summary>Keeps every log line, and lets a test act when one is written (to cut a pass short at a known point).</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public Action<string>? OnLine { get; set; }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        Lines.Enqueue((logLevel, message));
        OnLine?.Invoke(message);
    }
}
