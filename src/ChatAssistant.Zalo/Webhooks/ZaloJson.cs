using System.Globalization;
using System.Text.Json;

namespace ChatAssistant.Zalo.Webhooks;

/// <summary>
/// Lenient accessors over a parsed event: Zalo's payloads vary between sources, so a missing
/// field, a wrong type or a number where a string was expected yields null instead of an exception.
/// </summary>
internal static class ZaloJson
{
    public static JsonElement? Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : null;

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.Child(name) is { ValueKind: JsonValueKind.Object } child ? child : null;

    /// <summary>A string as is, a number as its raw text (ids must not pass through a double).</summary>
    public static string? Text(this JsonElement element, string name) =>
        element.Child(name) is { } child ? AsText(child) : null;

    public static string? AsText(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    /// <summary>Like <see cref="Text"/>, but an empty or blank value counts as absent.</summary>
    public static string? NonBlank(this JsonElement element, string name) =>
        element.Text(name) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static long? Long(this JsonElement element, string name) =>
        long.TryParse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A coordinate sent as a string or a number, always read with the invariant culture.</summary>
    public static double? Double(this JsonElement element, string name) =>
        double.TryParse(element.Text(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
            ? value
            : null;
}
