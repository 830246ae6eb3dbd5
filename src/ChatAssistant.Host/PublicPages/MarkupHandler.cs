using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ChatAssistant.Host.PublicPages;

/// <summary>
/// Builds <see cref="Markup"/> from an interpolated string: literal text is the template, every hole is encoded.
/// Encoding is the default rather than a call to remember, because the catalogue is edited by hand and a stray
/// "&lt;" in a fee or a note must never become markup on a resident's phone.
/// </summary>
[InterpolatedStringHandler]
public readonly struct MarkupHandler
{
    // All of Unicode allowed: Vietnamese letters stay readable in the source instead of becoming &#x1EA1; entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html;

    public MarkupHandler(int literalLength, int formattedCount)
    {
        _html = new StringBuilder(literalLength + (formattedCount * 24));
    }

    public void AppendLiteral(string value) => _html.Append(value);

    public void AppendFormatted(string? value) => _html.Append(Encoder.Encode(value ?? ""));

    public void AppendFormatted(Uri value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _html.Append(Encoder.Encode(value.IsAbsoluteUri ? value.AbsoluteUri : value.OriginalString));
    }

    public void AppendFormatted(int value) => _html.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Numbers in CSS (millimetres, points) must use a dot whatever the server's culture.</summary>
    public void AppendFormatted(double value, string format) => _html.Append(value.ToString(format, CultureInfo.InvariantCulture));

    public void AppendFormatted(Markup value) => _html.Append(value.Value);

    public void AppendFormatted(IEnumerable<Markup> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            _html.Append(value.Value);
        }
    }

    internal Markup ToMarkup() => new(_html.ToString());
}
