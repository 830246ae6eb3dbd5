using System.Security.Cryptography;
using ChatAssistant.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs;

/// <summary>
/// Outside Production, a missing encryption key is generated once and kept in <c>tipoffs.key</c> beside
/// the database, so <c>dotnet run</c> works on a fresh machine and reports stay readable across restarts.
/// Production never gets here: it refuses to start without a configured key (<see cref="TipOffOptionsValidator"/>).
/// </summary>
internal sealed partial class DevelopmentTipOffKey(
    IHostEnvironment environment, SqliteConnectionFactory connections, ILogger<DevelopmentTipOffKey> logger)
    : IPostConfigureOptions<TipOffOptions>
{
    public const string FileName = "tipoffs.key";

    public void PostConfigure(string? name, TipOffOptions options)
    {
        if (environment.IsProduction() || !string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            return;
        }
        if (connections.DataSource is "" or ":memory:")
        {
            // An in-memory database dies with the process; so may its key.
            options.EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            LogGeneratedInMemory(logger);
            return;
        }
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(connections.DataSource)) ?? ".", FileName);
        if (!File.Exists(path))
        {
            OwnerOnlyFiles.CreateFolder(Path.GetDirectoryName(path)!);
            var stream = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                stream.UnixCreateMode = OwnerOnlyFiles.FileMode;
            }
            using (var writer = new StreamWriter(path, stream))
            {
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            LogGenerated(logger, path);
        }
        else
        {
            OwnerOnlyFiles.Narrow(path);
            LogUsingFile(logger, path);
        }
        options.EncryptionKey = File.ReadAllText(path).Trim();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "TipOffs:EncryptionKey is not set: generated a development key in {Path}. Production requires TipOffs:EncryptionKey")]
    private static partial void LogGenerated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TipOffs:EncryptionKey is not set: using the development key in {Path}. Production requires TipOffs:EncryptionKey")]
    private static partial void LogUsingFile(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TipOffs:EncryptionKey is not set: using a random key for this in-memory database only")]
    private static partial void LogGeneratedInMemory(ILogger logger);
}
