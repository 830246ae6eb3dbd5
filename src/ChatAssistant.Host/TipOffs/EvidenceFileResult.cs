using System.Globalization;
using ChatAssistant.Features.TipOffs.Evidence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ChatAssistant.Host.TipOffs;

/// <summary>A decrypted evidence file as the response: the whole file, or the one range asked for, with the viewing recorded before the first byte.</summary>
/// <remarks>
/// Ranges are served because phones play video only through them, and a download can resume. The answer is decided
/// here rather than by the framework's file result, so the audit sees the same outcome the officer gets: a request
/// that serves bytes (200, 206, or a HEAD that would) is recorded first, and one that serves none (416) is not.
/// One range per request, as every player asks; several ranges, or a conditional one (<c>If-Range</c>: these
/// responses carry no validator to compare), get the whole file, as the standard allows.
/// </remarks>
public sealed class EvidenceFileResult(Stream content, string contentType, long evidenceId, bool inline, Func<Task> recordViewing) : IResult, IActionResult
{
    /// <summary>Shown in the page or downloaded, always under a neutral name of the type the bytes showed.</summary>
    private string Disposition => string.Create(CultureInfo.InvariantCulture,
        $"{(inline ? "inline" : "attachment")}; filename=\"bang-chung-{evidenceId}.{MediaSniffer.Extension(contentType)}\"");

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        await using (content.ConfigureAwait(false))
        {
            var response = httpContext.Response;
            var length = content.Length;
            var answer = Answer(httpContext.Request, length);
            response.Headers.AcceptRanges = "bytes";
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.CacheControl = "no-store";
            if (answer.Status == StatusCodes.Status416RangeNotSatisfiable)
            {
                response.StatusCode = answer.Status;
                response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes */{length}");
                return;
            }
            await recordViewing().ConfigureAwait(false);

            response.StatusCode = answer.Status;
            if (answer.Status == StatusCodes.Status206PartialContent)
            {
                response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes {answer.From}-{answer.From + answer.Count - 1}/{length}");
            }
            response.ContentType = contentType;
            response.ContentLength = answer.Count;
            response.Headers.ContentDisposition = Disposition;
            if (HttpMethods.IsHead(httpContext.Request.Method))
            {
                return;
            }
            content.Position = answer.From;
            var buffer = new byte[64 * 1024];
            for (var left = answer.Count; left > 0;)
            {
                var read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), httpContext.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new InvalidOperationException("The evidence file ended before its length.");
                }
                await response.Body.WriteAsync(buffer.AsMemory(0, read), httpContext.RequestAborted).ConfigureAwait(false);
                left -= read;
            }
        }
    }

    /// <summary>What the request gets: the whole file (200), the one range it asked for (206), or nothing when that range lies outside the file (416).</summary>
    private static (int Status, long From, long Count) Answer(HttpRequest request, long length)
    {
        var whole = (StatusCodes.Status200OK, 0L, length);
        var header = request.Headers.Range;
        if (header.Count != 1 || request.Headers.ContainsKey(HeaderNames.IfRange)
            || !RangeHeaderValue.TryParse(header[0], out var parsed)
            || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase)
            || parsed.Ranges.Count != 1)
        {
            return whole;
        }
        var range = parsed.Ranges.Single();
        var outside = (StatusCodes.Status416RangeNotSatisfiable, 0L, 0L);
        if (range.From is { } from)
        {
            // "bytes=100-" or "bytes=100-199"; an end past the file means up to its end.
            return from < length ? (StatusCodes.Status206PartialContent, from, Math.Min(range.To ?? length - 1, length - 1) - from + 1) : outside;
        }
        // "bytes=-500": the last 500 bytes, or the whole file when it is shorter.
        var suffix = range.To ?? 0;
        return suffix > 0 && length > 0 ? (StatusCodes.Status206PartialContent, Math.Max(0, length - suffix), Math.Min(suffix, length)) : outside;
    }
}
