using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Features.Dossiers;

/// <summary>The last 4 digits of a phone number: as an office's list gives the number, and as residents type them.</summary>
public static class DossierPhone
{
    /// <summary>Why an imported row's phone number is refused; the number itself is not repeated.</summary>
    public const string Refused =
        "The phone number is not a Vietnamese phone number (a mobile of 10 digits or a landline of 11, from 0 or +84); leave the cell empty when there is none.";

    private static readonly char[] Punctuation = [',', ';', ':', '?', '!', '(', ')', '"', '\'', '“', '”', '.'];

    /// <summary>
    /// The last 4 digits of the number in a list's cell: a Vietnamese mobile or landline in any usual writing
    /// ("0912 345 678", "+84 912 345 678"), or with its leading 0 dropped, as spreadsheets do to a number
    /// ("912345678"). Null when the cell holds no such number.
    /// </summary>
    public static string? LastDigitsOfNumber(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (PhoneRecognizer.Normalize(cell) is { } normalized)
        {
            return normalized[^DossierPhoneCheck.DigitCount..];
        }
        var trimmed = cell.Trim();
        if (trimmed.Length == 0 || !trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-'))
        {
            return null;
        }
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        return PhoneRecognizer.Normalize("0" + digits) is { } withZero ? withZero[^DossierPhoneCheck.DigitCount..] : null;
    }

    /// <summary>
    /// The 4 digits a resident answered, typed their own way: "6789", "số cuối 6789", "6 7 8 9", "67-89", or the whole
    /// number (its last 4 count). Digits split by spaces are read together; of several groups, the last with at least
    /// 4 digits counts ("4 số cuối là 6789"). Null when no group has 4 digits; digits inside a code ("G01.123-…") do not count.
    /// </summary>
    public static string? LastDigitsIn(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string? found = null;
        var run = new System.Text.StringBuilder();
        foreach (var raw in message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(Punctuation);
            if (word.Length > 0 && word.Any(char.IsAsciiDigit) && word.All(c => char.IsAsciiDigit(c) || c is '.' or '-'))
            {
                run.Append(word.Where(char.IsAsciiDigit).ToArray());
                continue;
            }
            found = Close(run) ?? found;
        }
        return Close(run) ?? found;
    }

    private static string? Close(System.Text.StringBuilder run)
    {
        var digits = run.ToString();
        run.Clear();
        return digits.Length >= DossierPhoneCheck.DigitCount ? digits[^DossierPhoneCheck.DigitCount..] : null;
    }
}
