using System.Net;
using System.Net.Sockets;

namespace ChatAssistant.Zalo.Tests.Api;

internal static class ClosedPort
{
    /// <summary>A loopback URL nobody listens on: the OS picked a free port and it was released at once.</summary>
    public static Uri Url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
