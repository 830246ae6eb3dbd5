using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatAssistant.Testing;

/// <summary>Zalo's media CDN: files residents sent, at URLs that expire or fail on demand.</summary>
public sealed partial class FakeZaloApi
{
    private readonly Dictionary<string, MediaFile> _media = new(StringComparer.Ordinal);

    /// <summary>Serves <paramref name="content"/> with the declared <paramref name="contentType"/> at a fresh URL on this host.</summary>
    public Uri AddMedia(byte[] content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        lock (_gate)
        {
            _media[key] = new MediaFile(content, contentType);
        }
        return new Uri(BaseUrl, "/media/" + key);
    }

    /// <summary>The URL answers 404 from now on, as Zalo's do once they expire.</summary>
    public void ExpireMedia(Uri url) => Change(url, file => file with { Expired = true });

    /// <summary>The next <paramref name="times"/> requests for the URL answer 500.</summary>
    public void FailMediaTimes(Uri url, int times) => Change(url, file => file with { Failures = times });

    /// <summary>The URL answers <paramref name="status"/> from now on (403, 410, 400, ...).</summary>
    public void AnswerMediaWith(Uri url, int status) => Change(url, file => file with { Status = status });

    /// <summary>How many requests the URL received, whatever was answered.</summary>
    public int MediaRequests(Uri url)
    {
        lock (_gate)
        {
            return _media.TryGetValue(KeyOf(url), out var file) ? file.Requests : 0;
        }
    }

    private void MapMediaEndpoints() => _app.MapGet("/media/{key}", HandleMediaAsync);

    private async Task HandleMediaAsync(HttpContext context, string key)
    {
        await DelayAsync(context);
        MediaFile? file = null;
        int status;
        lock (_gate)
        {
            if (_media.TryGetValue(key, out var current))
            {
                var failing = current.Failures > 0;
                _media[key] = file = current with { Requests = current.Requests + 1, Failures = failing ? current.Failures - 1 : 0 };
                status = file.Expired ? 404 : file.Status ?? (failing ? 500 : 200);
            }
            else
            {
                status = 404;
            }
        }
        context.Response.StatusCode = status;
        if (status == 200 && file is not null)
        {
            context.Response.ContentType = file.ContentType;
            context.Response.ContentLength = file.Content.Length;
            await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
        }
    }

    private void Change(Uri url, Func<MediaFile, MediaFile> change)
    {
        lock (_gate)
        {
            var key = KeyOf(url);
            _media[key] = change(_media.TryGetValue(key, out var file) ? file : throw new ArgumentException("No such media on this fake.", nameof(url)));
        }
    }

    private static string KeyOf(Uri url) => url.AbsolutePath["/media/".Length..];

    private sealed record MediaFile(byte[] Content, string ContentType, bool Expired = false, int Failures = 0, int? Status = null, int Requests = 0);
}
