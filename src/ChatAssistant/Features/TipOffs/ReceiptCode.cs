using System.Security.Cryptography;
using System.Text;

namespace ChatAssistant.Features.TipOffs;

/// <summary>The "mã theo dõi" a reporter quotes to follow up: twelve characters that cannot be misread, shown once.</summary>
public static class ReceiptCode
{
    public const int Length = 12;

    /// <summary>No 0/O, 1/I/L, as for booking codes: residents copy codes from screenshots and read them aloud.</summary>
    public const string Alphabet = Booking.BookingCode.Alphabet;

    private const int GroupSize = 4;

    /// <summary>A fresh code from the system's CSPRNG (31^12, about 59 bits), in its normalized form.</summary>
    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>The code as shown: groups of four joined by dashes, e.g. <c>K7M2-QX9P-4HRT</c>.</summary>
    public static string Format(string normalized)
    {
        var text = new StringBuilder(Length + Length / GroupSize);
        for (var i = 0; i < normalized.Length; i++)
        {
            if (i > 0 && i % GroupSize == 0)
            {
                text.Append('-');
            }
            text.Append(normalized[i]);
        }
        return text.ToString();
    }

    /// <summary>The code as hashed: upper case, without spaces or dashes; null when it cannot be a code.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var code = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '‐' or '–' or '—'))]).ToUpperInvariant();
        if (code.Length != Length)
        {
            return null;
        }
        // "K4TR-8MWQ-2ZPL": shaped like a code but with a letter no code has (0, O, 1, I, L): a code mistyped, which is looked
        // up and not found, rather than a message with no code in it.
        return code.All(Alphabet.Contains) || (IsDashedInFours(text.Trim()) && code.All(char.IsAsciiLetterOrDigit)) ? code : null;
    }

    private static bool IsDashedInFours(string text) =>
        text.Length == Length + 2 && text[GroupSize] == '-' && text[(2 * GroupSize) + 1] == '-';
}
