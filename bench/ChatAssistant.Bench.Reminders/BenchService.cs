using ChatAssistant;
using ChatAssistant.Features.Booking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Bench.Reminders;

/// <summary>
/// The service as the host composes it (<c>AddChatAssistant</c>), in development mode with no Zalo account (OA messages go to the
/// development sink, a SQLite table), on databases in the work folder, with the benchmark's appointments.
/// </summary>
internal static class BenchService
{
    public static IHost Build(string folder, BenchAppointments appointments, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Development",
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatAssistant"] = $"Data Source={Path.Combine(folder, "service.db")}",
            ["Content:DialogsPath"] = Path.Combine(RepositoryFolder.Find(), "dialogs"),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.ClearProviders();
        builder.Services.AddChatAssistant(builder.Configuration);
        builder.Services.AddSingleton<IAppointments>(appointments);
        return builder.Build();
    }

    public static long FileBytes(string path) =>
        new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
}
