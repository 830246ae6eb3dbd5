using System.Text;

namespace ChatAssistant.Features.Dossiers;

/// <summary>Dossier codes as residents type them and as the table compares them.</summary>
/// <remarks>
/// Receipts print codes such as <c>G01.123-240101-0001</c>; residents retype them in lower case, with spaces
/// around the dashes, or inside a sentence ("tra cứu hồ sơ g01.123 - 240101 - 0001 ạ"). Compared codes are
/// therefore upper case without any whitespace; the characters allowed are the ones receipts use.
/// </remarks>
public static class DossierCode
{
    public const int MinLength = 3;
    public const int MaxLength = 50;

    /// <summary>What a code may look like, for messages to officers.</summary>
    public const string Rule = "3 to 50 letters A-Z, digits, '.', '-' or '_', with at least one digit";

    /// <summary>The code as compared: trimmed, upper case, without spaces; null when it is not a plausible code.</summary>
    /// <remarks>A code needs a digit: it keeps a menu number's neighbours ("số hai") and plain words from passing for one.</remarks>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var hasDigit = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            if (!IsCodeChar(c) || key.Length == MaxLength)
            {
                return null;
            }
            hasDigit |= char.IsAsciiDigit(c);
            key.Append(char.ToUpperInvariant(c));
        }
        return key.Length >= MinLength && hasDigit ? key.ToString() : null;
    }

    /// <summary>
    /// The code inside a resident's message, as compared; null when there is none. The code starts at the first
    /// word with a digit and runs on through words with digits and lone separators ("-"), so the words around it
    /// ("tra cứu hồ sơ", "ạ") are left out.
    /// </summary>
    public static string? FindIn(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var code = new StringBuilder();
        foreach (var raw in message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(SentencePunctuation);
            var hasDigit = word.Any(char.IsAsciiDigit);
            if (code.Length == 0)
            {
                if (hasDigit)
                {
                    code.Append(word);
                }
                continue;
            }
            var isSeparator = word.Length > 0 && word.All(c => c is '.' or '-' or '_');
            if (!hasDigit && !isSeparator)
            {
                break;
            }
            code.Append(word);
        }
        return code.Length == 0 ? null : Normalize(code.ToString().Trim('.', '-', '_'));
    }

    private static readonly char[] SentencePunctuation = [',', ';', ':', '?', '!', '(', ')', '"', '\'', '“', '”'];

    private static bool IsCodeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
