using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Fetches one file into the vault, within the limits: allowed hosts, size, type by its bytes, time.</summary>
/// <remarks>
/// Neither Content-Length nor the size Zalo declared is trusted: the body is read until the limit is passed and no
/// further. Redirects are followed here rather than by the handler, so every hop meets the same host check.
/// </remarks>
public sealed class MediaFetch(IHttpClientFactory httpClients, EvidenceVault vault, IOptions<EvidenceOptions> options, TimeProvider clock)
{
    /// <summary>The named <see cref="HttpClient"/>: no automatic redirects, no decompression (a small body must not inflate past the limit).</summary>
    public const string HttpClientName = "tipoff-evidence";

    private const int MaxRedirects = 3;

    private readonly EvidenceOptions _options = options.Value;

    /// <summary>Fetches <paramref name="url"/> and stores it as evidence <paramref name="evidenceId"/>.</summary>
    public async Task<FetchOutcome> FetchAsync(long evidenceId, string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            return FetchOutcome.Rejected(EvidenceReason.Host);
        }
        using var timeout = new CancellationTokenSource(_options.FetchTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var http = httpClients.CreateClient(HttpClientName);
            for (var hop = 0; ; hop++)
            {
                if (MediaAddress.Refusal(address, _options) is { } refusal)
                {
                    return FetchOutcome.Rejected(refusal);
                }
                using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                if ((int)response.StatusCode is >= 300 and < 400)
                {
                    if (response.Headers.Location is not { } location || hop == MaxRedirects)
                    {
                        return FetchOutcome.Failed(EvidenceReason.Redirect);
                    }
                    address = location.IsAbsoluteUri ? location : new Uri(address, location);
                    continue;
                }
                if (Classify(response.StatusCode) is { } outcome)
                {
                    return outcome;
                }
                var body = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    return await StoreAsync(evidenceId, body, linked.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchOutcome.Retry(EvidenceReason.Unreachable);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return FetchOutcome.Retry(EvidenceReason.Unreachable);
        }
    }

    /// <summary>Null for a success to read; otherwise what the status means for this row.</summary>
    private static FetchOutcome? Classify(HttpStatusCode status) => (int)status switch
    {
        >= 200 and < 300 => null,
        403 or 404 or 410 => FetchOutcome.Failed(EvidenceReason.Expired),
        // A 408 or 429 is the server asking for patience, not refusing the file.
        408 or 429 => FetchOutcome.Retry(EvidenceReason.Unreachable),
        >= 400 and < 500 => FetchOutcome.Failed(EvidenceReason.Refused),
        _ => FetchOutcome.Retry(EvidenceReason.Unreachable),
    };

    private async Task<FetchOutcome> StoreAsync(long evidenceId, Stream body, CancellationToken cancellationToken)
    {
        var header = new byte[MediaSniffer.HeaderSize];
        var headerLength = await body.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var contentType = MediaSniffer.Sniff(header.AsSpan(0, headerLength));
        if (contentType is null || !_options.AllowedContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
        {
            return FetchOutcome.Rejected(EvidenceReason.Type);
        }
        if (headerLength > _options.MaxFileBytes)
        {
            return FetchOutcome.Rejected(EvidenceReason.TooLarge);
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = vault.Create(evidenceId);
        await using (writer.ConfigureAwait(false))
        {
            long size = headerLength;
            hash.AppendData(header, 0, headerLength);
            await writer.WriteAsync(header.AsMemory(0, headerLength), cancellationToken).ConfigureAwait(false);
            var buffer = new byte[EvidenceVault.ChunkSize];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                size += read;
                if (size > _options.MaxFileBytes)
                {
                    // Stop reading here: the rest is never downloaded, and the partial file goes with the writer.
                    return FetchOutcome.Rejected(EvidenceReason.TooLarge);
                }
                hash.AppendData(buffer, 0, read);
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
            var fileName = await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
            return FetchOutcome.Stored(new FetchedFile(fileName, contentType, size, hash.GetHashAndReset()));
        }
    }
}
