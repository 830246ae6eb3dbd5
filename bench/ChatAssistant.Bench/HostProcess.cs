using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace ChatAssistant.Bench;

/// <summary>Settings the host under test is started with (command-line configuration only).</summary>
internal sealed record HostSettings(
    string HostDll,
    string RepoRoot,
    string DatabasePath,
    string LogPath,
    Uri ZaloApiBaseUrl,
    EventShape Shape,
    string AccessToken,
    string RefreshToken,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> ExtraArguments);

/// <summary>The ChatAssistant host as a separate process, started from its Release build.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostProcess(Process process, StreamWriter log, int port)
    {
        _process = process;
        _log = log;
        Port = port;
        EndPoint = new IPEndPoint(IPAddress.Loopback, port);
    }

    public int Port { get; }

    public IPEndPoint EndPoint { get; }

    public int Pid => _process.Id;

    public string HostHeader => $"127.0.0.1:{Port}";

    public static async Task<HostProcess> StartAsync(HostSettings settings, TimeSpan readyTimeout)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Run from the build folder as a deployment would: the content root (watched for config
            // changes) must not be the database folder, or every WAL write wakes the file watcher.
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(settings.HostDll))!,
        };
        foreach (var arg in new[]
        {
            settings.HostDll,
            "--urls", $"http://127.0.0.1:{port}",
            "--environment", "Production",
            $"--ConnectionStrings:ChatAssistant=Data Source={settings.DatabasePath}",
            $"--Content:DialogsPath={Path.Combine(settings.RepoRoot, "dialogs")}",
            "--Diagnostics:NoOpEndpoint=true",
            "--Logging:LogLevel:Default=Warning",
            $"--Zalo:WebhookSecretKey={settings.Shape.Secret}",
            $"--Zalo:AppId={settings.Shape.AppId}",
            "--Zalo:AppSecret=bench-app-secret",
            $"--Zalo:ApiBaseUrl={settings.ZaloApiBaseUrl}",
            $"--Zalo:OAuthBaseUrl={settings.ZaloApiBaseUrl}",
            $"--Zalo:Accounts:0:OaId={settings.Shape.OaId}",
            "--Zalo:Accounts:0:Name=Bench",
            $"--Zalo:Accounts:0:AccessToken={settings.AccessToken}",
            $"--Zalo:Accounts:0:RefreshToken={settings.RefreshToken}",
            "--Zalo:MessagesPerMinutePerAccount=10000000",
            // The end-to-end phase has each of its residents write about 30 messages a minute, past the flood limit that
            // holds real residents back: the benchmark measures the pipeline, not that limit.
            "--Messaging:MaxMessagesPerResidentPerMinute=100000",
            // Production requires the key that seals tip-offs, Zalo tokens and console keys at rest: a new one per fresh database.
            $"--TipOffs:EncryptionKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
        })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var arg in settings.ExtraArguments)
        {
            start.ArgumentList.Add(arg);
        }
        // Nothing from the bench's own environment may reconfigure the host.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in settings.Environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(settings.LogPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => WriteLog(log, e.Data);
        process.ErrorDataReceived += (_, e) => WriteLog(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, port);
        await host.WaitHealthyAsync(readyTimeout);
        return host;
    }

    private static void WriteLog(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line after the bench closed the log.
            }
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var url = new Uri($"http://127.0.0.1:{Port}/healthz");
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was healthy; see its log.");
            }
            try
            {
                using var response = await http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The host did not answer 200 on /healthz within {timeout}.");
    }

    /// <summary>Resident memory and thread count, from /proc/PID/status.</summary>
    public (long RssMiB, int Threads) Footprint()
    {
        long rss = 0;
        var threads = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
            }
            else if (line.StartsWith("Threads:", StringComparison.Ordinal))
            {
                threads = int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return (rss, threads);
    }

    /// <summary>
    /// SIGKILL: no graceful shutdown, no final checkpoint. Whatever the host acknowledged must
    /// already be committed to the database file, which is exactly the durability claim.
    /// </summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
