using Microsoft.Extensions.Hosting;

namespace ChatAssistant.Storage;

/// <summary>Creates or upgrades the database before anything else starts.</summary>
public sealed class DatabaseInitializer(Migrator migrator) : IHostedService
{
    /// <summary>True once the schema is current; the health check waits for it.</summary>
    public bool IsReady { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        migrator.Migrate();
        IsReady = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
