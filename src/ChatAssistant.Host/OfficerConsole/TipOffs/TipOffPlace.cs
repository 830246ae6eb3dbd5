using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatAssistant.Host.OfficerConsole.TipOffs;

/// <summary>A report's place as the chat stored it: "lat, lng (address)" for a shared location, or the resident's words.</summary>
public static partial class TipOffPlace
{
    /// <summary>A map link for a place that starts with coordinates; null for words only.</summary>
    public static string? MapLink(string? place)
    {
        if (place is null || Coordinates().Match(place) is not { Success: true } match)
        {
            return null;
        }
        var latitude = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var longitude = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}#map=17/{latitude}/{longitude}");
    }

    [GeneratedRegex(@"^\s*(-?\d{1,2}\.\d+),\s*(-?\d{1,3}\.\d+)")]
    private static partial Regex Coordinates();
}
