using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bench;

/// <summary>
/// A cheap stand-in for Zalo's send API during the throughput phases: the host's turns keep
/// running and sending replies (as they would in production), but nothing is recorded per
/// message. <see cref="ChatAssistant.Testing.FakeZaloApi"/> keeps every message and scans them all
/// on each send, which at 100,000+ replies would cost this process more than the host.
/// </summary>
internal sealed class ReplySink : IAsyncDisposable
{
    private static readonly byte[] Success = """{"data":{"message_id":"bench","user_id":"bench"},"error":0,"message":"Success"}"""u8.ToArray();

    private readonly WebApplication _app;
    private long _received;

    private ReplySink(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public long Received => Interlocked.Read(ref _received);

    public static async Task<ReplySink> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var sink = new ReplySink(builder.Build());
        sink._app.MapPost("/v3.0/oa/message/cs", sink.HandleAsync);
        await sink._app.StartAsync();
        sink.BaseUrl = new Uri(sink._app.Urls.Single());
        return sink;
    }

    private async Task HandleAsync(HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        Interlocked.Increment(ref _received);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = Success.Length;
        await context.Response.Body.WriteAsync(Success, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
