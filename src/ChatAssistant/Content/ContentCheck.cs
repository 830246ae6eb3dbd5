using Microsoft.Extensions.Hosting;

namespace ChatAssistant.Content;

/// <summary>Loads and validates the content at start-up, so an officer's typo stops the service with its file and line.</summary>
public sealed class ContentCheck(IEnumerable<IStartupContent> content) : IHostedService
{
    // Resolving the content is the check: each loader validates as it reads.
    public Task StartAsync(CancellationToken cancellationToken) => content.Any()
        ? Task.CompletedTask
        : throw new InvalidOperationException("No content was registered.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
