using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Storage;

public static class StorageRegistration
{
    /// <summary>The service database: connection factory, the single writer, migrations at start-up.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration("Storage")
            .Configure(options =>
            {
                if (configuration.GetConnectionString("ChatAssistant") is { Length: > 0 } connectionString)
                {
                    options.ConnectionString = connectionString;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<SqliteWriter>();
        services.AddSingleton<Migrator>();
        // Registered before every other hosted service: they all expect the schema to exist.
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        services.AddSingleton<WalTrim>();
        services.AddHostedService(sp => sp.GetRequiredService<WalTrim>());
        return services;
    }
}
