using Microsoft.Extensions.Hosting;

namespace ChatAssistant.Content;

/// <summary>Loads and validates the content at start-up, so an officer's typo stops the service with its file and line.</summary>
public sealed class ContentCheck(ResidentTexts texts) : IHostedService
{
    // Being constructed with the texts is the check: loading them validates every required key.
    public Task StartAsync(CancellationToken cancellationToken) => texts.Contains(ResidentTexts.Welcome)
        ? Task.CompletedTask
        : throw new InvalidOperationException("The welcome text is missing.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
