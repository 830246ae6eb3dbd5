using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ChatAssistant.Host.Dossiers;

/// <summary>The CSV of an upload, as a stream read straight from the request: a <c>text/csv</c> body or a multipart file.</summary>
/// <remarks>
/// Multipart is read section by section instead of through the form binder, which would first copy the whole
/// file to disk and caps it at 128 MB: a million-row list is imported while it arrives.
/// </remarks>
internal static class CsvUpload
{
    private static readonly string[] CsvTypes = ["text/csv", "application/csv", "text/plain"];

    /// <summary>The CSV stream, or null with <paramref name="problem"/> saying what the request should have been.</summary>
    public static async Task<(Stream? Csv, string? Problem)> OpenAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Value is not { } mediaType)
        {
            return (null, "Send the list as a text/csv body or as a multipart/form-data file.");
        }
        if (CsvTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (request.Body, null);
        }
        if (!mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, $"'{mediaType}' is not supported: send the list as a text/csv body or as a multipart/form-data file.");
        }
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes };
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            // The first file of the form; other fields (a description, a token) are passed over.
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                return (section.Body, null);
            }
        }
        return (null, "The form holds no file: attach the list as a file field.");
    }
}
