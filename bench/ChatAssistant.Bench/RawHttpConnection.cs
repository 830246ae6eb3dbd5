using System.Net;
using System.Net.Sockets;

namespace ChatAssistant.Bench;

/// <summary>
/// One keep-alive HTTP/1.1 connection that writes pre-built request bytes and reads just enough
/// of the answer to know its status and where it ends. Much cheaper than HttpClient per request,
/// so the generator leaves the 2 cores to the host (the role wrk plays elsewhere).
/// </summary>
internal sealed class RawHttpConnection : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ChunkedEnd = "0\r\n\r\n"u8.ToArray();

    private readonly Socket _socket;
    private byte[] _buffer = new byte[4096];

    private RawHttpConnection(Socket socket) => _socket = socket;

    /// <summary>The server asked to close (Connection: close); open a new connection for the next request.</summary>
    public bool Closed { get; private set; }

    public static async Task<RawHttpConnection> OpenAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken);
            return new RawHttpConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends one request and returns the status code of its answer.</summary>
    /// <exception cref="IOException">The connection broke or the answer was not HTTP/1.1.</exception>
    public async ValueTask<int> SendAsync(ReadOnlyMemory<byte> request)
    {
        while (!request.IsEmpty)
        {
            var sent = await _socket.SendAsync(request, SocketFlags.None);
            request = request[sent..];
        }

        var filled = 0;
        int headerLength;
        while (true)
        {
            filled += await ReceiveMoreAsync(filled);
            var end = _buffer.AsSpan(0, filled).IndexOf(HeaderEnd);
            if (end >= 0)
            {
                headerLength = end + HeaderEnd.Length;
                break;
            }
        }

        var head = _buffer.AsSpan(0, headerLength);
        // "HTTP/1.1 200 OK"
        if (head.Length < 12 || !head.StartsWith("HTTP/1."u8))
        {
            throw new IOException("The answer is not HTTP/1.x.");
        }
        var status = ((head[9] - '0') * 100) + ((head[10] - '0') * 10) + (head[11] - '0');
        Closed = Contains(head, "\r\nconnection: close"u8);

        if (FindHeaderValue(head, "\r\ncontent-length:"u8) is { } contentLength)
        {
            var total = headerLength + contentLength;
            while (filled < total)
            {
                filled += await ReceiveMoreAsync(filled);
            }
        }
        else if (Contains(head, "\r\ntransfer-encoding: chunked"u8))
        {
            while (!_buffer.AsSpan(0, filled).EndsWith(ChunkedEnd))
            {
                filled += await ReceiveMoreAsync(filled);
            }
        }
        return status;
    }

    private async ValueTask<int> ReceiveMoreAsync(int filled)
    {
        if (filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var received = await _socket.ReceiveAsync(_buffer.AsMemory(filled), SocketFlags.None);
        return received > 0 ? received : throw new IOException("The server closed the connection.");
    }

    private static bool Contains(ReadOnlySpan<byte> head, ReadOnlySpan<byte> lowerCaseNeedle) => IndexOfIgnoreCase(head, lowerCaseNeedle) >= 0;

    private static int? FindHeaderValue(ReadOnlySpan<byte> head, ReadOnlySpan<byte> lowerCaseName)
    {
        var at = IndexOfIgnoreCase(head, lowerCaseName);
        if (at < 0)
        {
            return null;
        }
        var value = 0;
        for (var i = at + lowerCaseName.Length; i < head.Length && head[i] != '\r'; i++)
        {
            if (head[i] is >= (byte)'0' and <= (byte)'9')
            {
                value = (value * 10) + (head[i] - '0');
            }
        }
        return value;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerCaseNeedle)
    {
        for (var i = 0; i + lowerCaseNeedle.Length <= haystack.Length; i++)
        {
            var match = true;
            for (var j = 0; j < lowerCaseNeedle.Length; j++)
            {
                var c = haystack[i + j];
                if (c is >= (byte)'A' and <= (byte)'Z')
                {
                    c = (byte)(c + 32);
                }
                if (c != lowerCaseNeedle[j])
                {
                    match = false;
                    break;
                }
            }
            if (match)
            {
                return i;
            }
        }
        return -1;
    }

    public void Dispose() => _socket.Dispose();
}
