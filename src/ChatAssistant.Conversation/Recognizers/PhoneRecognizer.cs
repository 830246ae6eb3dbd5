namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Finds a Vietnamese phone number in a message and writes it as "84" + the national number: mobiles 03x, 05x, 07x,
/// 08x, 09x (10 digits with the leading 0) and landlines 02x (11 digits), typed as "0912345678", "0912 345 678",
/// "091-234-5678", "+84 912 345 678", "(+84) 912345678" or "84912345678".
/// </summary>
public static class PhoneRecognizer
{
    /// <summary>"84" + 9 digits for a mobile, "84" + 10 digits for a landline; null when the text holds no valid number.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!IsRunStart(text, i))
            {
                continue;
            }

            var end = i;
            var afterLastDigit = i;
            while (end < text.Length && IsRunChar(text[end]))
            {
                afterLastDigit = char.IsAsciiDigit(text[end]) ? end + 1 : afterLastDigit;
                end++;
            }

            // Digits glued to letters are a code ("CCCD001234567890", "0912345678abc"), not a phone number;
            // "0912345678. Cảm ơn" ends a sentence and is one.
            if (afterLastDigit < text.Length && char.IsLetter(text[afterLastDigit]))
            {
                i = end;
                continue;
            }

            if (Read(text.AsSpan(i, end - i)) is { } number)
            {
                return number;
            }

            i = end;
        }

        return null;
    }

    /// <summary>"0912 345 678": a normalized number in its local form, grouped as residents read a number aloud.</summary>
    /// <remarks>In full: for a summary the resident checks, where a slip in the number is caught; never for logs.</remarks>
    public static string Readable(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var local = normalized.StartsWith("84", StringComparison.Ordinal) ? "0" + normalized[2..] : normalized;
        return local.Length > 7 ? $"{local[..4]} {local[4..7]} {local[7..]}" : local;
    }

    /// <summary>"84912***678": enough to recognise one's own number in a reply or a log, not enough to call it.</summary>
    public static string Mask(string? normalized)
    {
        if (string.IsNullOrEmpty(normalized))
        {
            return "";
        }

        return normalized.Length < 9
            ? new string('*', normalized.Length)
            : string.Concat(normalized.AsSpan(0, 5), new string('*', normalized.Length - 8), normalized.AsSpan(normalized.Length - 3));
    }

    /// <summary>
    /// A run is the whole number when its digits make one ("0912 345 678"); otherwise one of its space-separated
    /// groups may ("ngày 15 0912345678"). Groups are not joined further, so "0912 345 678 90" stays invalid.
    /// </summary>
    private static string? Read(ReadOnlySpan<char> run)
    {
        if (Validate(Digits(run)) is { } whole)
        {
            return whole;
        }

        foreach (var range in run.SplitAny(" \u00A0\t"))
        {
            if (Validate(Digits(run[range])) is { } group)
            {
                return group;
            }
        }

        return null;
    }

    private static string? Validate(string digits)
    {
        if (digits.StartsWith("0084", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        string national;
        if (digits.StartsWith('0'))
        {
            national = digits[1..];
        }
        else if (digits.StartsWith("84", StringComparison.Ordinal))
        {
            // "+84 0912 345 678": some residents keep the trunk 0 after the country code.
            national = digits.Length > 2 && digits[2] == '0' ? digits[3..] : digits[2..];
        }
        else
        {
            return null;
        }

        var isMobile = national.Length == 9 && national[0] is '3' or '5' or '7' or '8' or '9';
        var isLandline = national.Length == 10 && national[0] == '2';
        return isMobile || isLandline ? "84" + national : null;
    }

    private static string Digits(ReadOnlySpan<char> run)
    {
        Span<char> buffer = stackalloc char[Math.Min(run.Length, 64)];
        var count = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c) && count < buffer.Length)
            {
                buffer[count++] = c;
            }
        }

        return new string(buffer[..count]);
    }

    private static bool IsRunStart(string text, int i) =>
        (char.IsAsciiDigit(text[i]) || text[i] is '+' or '(')
        && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    private static bool IsRunChar(char c) => char.IsAsciiDigit(c) || c is ' ' or '\u00A0' or '.' or '-' or '(' or ')' or '+';
}
