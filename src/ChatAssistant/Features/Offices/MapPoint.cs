using System.Globalization;

namespace ChatAssistant.Features.Offices;

/// <summary>Where an office is on the map.</summary>
public sealed record MapPoint(double Latitude, double Longitude)
{
    /// <summary>
    /// A link that opens the map app on a phone at this point. Coordinates rather than the address,
    /// because Vietnamese addresses changed with the 2025 merger of communes and map search lags behind.
    /// </summary>
    public Uri MapLink => new(string.Create(CultureInfo.InvariantCulture,
        $"https://www.google.com/maps/search/?api=1&query={Latitude:0.######},{Longitude:0.######}"));

    /// <summary>Reads "21.028511, 105.854167", the form a map app copies to the clipboard.</summary>
    public static MapPoint? Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
                ? new MapPoint(latitude, longitude)
                : null;
    }
}
