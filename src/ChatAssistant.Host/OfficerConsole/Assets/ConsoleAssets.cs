using System.Collections.Frozen;
using System.Security.Cryptography;

namespace ChatAssistant.Host.OfficerConsole.Assets;

/// <summary>The console's style sheet and scripts, embedded in the assembly and served with a content hash in their URL.</summary>
/// <remarks>
/// No front-end build, no CDN, no static-file folder to deploy: the files travel inside the host. The hash lets
/// browsers keep them for a year and still fetch a new version the moment it ships.
/// </remarks>
public static class ConsoleAssets
{
    private const string ResourcePrefix = "ChatAssistant.Host.OfficerConsole.Assets.";

    private static readonly FrozenDictionary<string, Asset> Files = Load();

    /// <summary>The versioned URL of an asset, e.g. <c>/console/assets/console.css?v=1a2b3c4d</c>.</summary>
    public static string Url(string name) =>
        Files.TryGetValue(name, out var asset)
            ? $"/{ConsoleRoutes.Prefix}/assets/{name}?v={asset.Version}"
            : throw new ArgumentException($"No console asset is named '{name}'.", nameof(name));

    public static IEndpointRouteBuilder MapConsoleAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet($"/{ConsoleRoutes.Prefix}/assets/{{name}}", (string name, HttpContext context) =>
        {
            if (!Files.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Content, asset.ContentType);
        }).AllowAnonymous();
        return app;
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[ResourcePrefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                return new Asset(bytes, ContentTypeOf(n), Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]);
            }, StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Content, string ContentType, string Version);
}
