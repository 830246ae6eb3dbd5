using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ChatAssistant.Host.OfficerConsole.Satisfaction;

/// <summary>One bar: its label under the axis, its value, and the value as shown above the bar.</summary>
public sealed record Bar(string Label, double Value, string Shown);

/// <summary>A bar chart drawn on the server as inline SVG: no script, no chart library, no style attribute (the CSP forbids them).</summary>
/// <remarks>
/// Sizes are SVG presentation attributes in the viewBox's units; the svg scales to the width of its container.
/// Every text is HTML-encoded: labels come from service names, which an office edits.
/// </remarks>
public static class BarChart
{
    public const double PlotHeight = 200;
    public const double Slot = 64;
    public const double BarWidth = 40;
    private const double Top = 24;
    private const double Left = 8;
    private const double LabelSpace = 40;
    private const int MaxLabelLength = 10;

    // The drawing is at least this many slots wide, so a chart of two bars is drawn at the scale of a year's chart
    // instead of being blown up to the page's width.
    private const int MinSlots = 12;

    /// <param name="scaleMax">The value a full-height bar stands for; by default the tallest bar's.</param>
    public static string Render(string id, string title, string description, IReadOnlyList<Bar> bars, double? scaleMax = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = scaleMax ?? (bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var width = Left * 2 + Slot * Math.Max(bars.Count, MinSlots);
        var height = Top + PlotHeight + LabelSpace;
        var axis = Top + PlotHeight;
        var svg = new StringBuilder();
        svg.Append(Inv($"""<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" aria-labelledby="{id}-title {id}-desc">"""));
        svg.Append(Inv($"""<title id="{id}-title">{E(title)}</title><desc id="{id}-desc">{E(description)}</desc>"""));
        svg.Append(Inv($"""<line x1="{Left}" y1="{axis}" x2="{width - Left}" y2="{axis}" stroke="#5f6b7a" stroke-width="1"/>"""));
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var center = Left + Slot * i + Slot / 2;
            var barHeight = Height(bar.Value, max);
            if (barHeight > 0)
            {
                svg.Append(Inv($"""<rect class="bar" x="{center - BarWidth / 2}" y="{axis - barHeight}" width="{BarWidth}" height="{barHeight}" fill="#1a5fb4" data-label="{E(bar.Label)}"><title>{E(bar.Label)}: {E(bar.Shown)}</title></rect>"""));
            }
            svg.Append(Inv($"""<text x="{center}" y="{axis - barHeight - 6}" text-anchor="middle" font-size="13" fill="#1c2733">{E(bar.Shown)}</text>"""));
            svg.Append(Inv($"""<text x="{center}" y="{axis + 18}" text-anchor="middle" font-size="12" fill="#5f6b7a">{E(Shorten(bar.Label))}</text>"""));
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The bar's height: the scale's maximum fills the plot, zero (or no scale) draws nothing, nothing overflows.</summary>
    public static double Height(double value, double max) =>
        max <= 0 || value <= 0 ? 0 : Math.Round(PlotHeight * Math.Min(value, max) / max, 1);

    private static string Shorten(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)] + "…";

    // Vietnamese letters as they are (the page is UTF-8); markup characters and quotes encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
