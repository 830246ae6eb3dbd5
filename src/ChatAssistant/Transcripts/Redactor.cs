using System.Text;
using System.Text.RegularExpressions;

namespace ChatAssistant.Transcripts;

/// <summary>Masks phone numbers and identity document numbers before text is kept for officers.</summary>
/// <remarks>
/// Residents write numbers in many ways ("0912 345 678", "+84 912.345.678", "84912345678"), and the same
/// messages hold prices ("1.500.000 đồng"), dates and years that must stay readable. So the text is cut
/// into chains of digit groups joined by one separator, and each chain is read group by group: a phone
/// number is a run of whole groups that forms a Vietnamese number; an identity number is a lone run of
/// 12 digits (CCCD) or 9 digits (old CMND) that touches no letter.
/// </remarks>
public static partial class Redactor
{
    public const string PhoneMask = "[số điện thoại]";
    public const string DocumentMask = "[số giấy tờ]";

    // A phone number is at most 84 + 10 digits, so no more groups than that are ever joined.
    private const int MaxGroupsPerNumber = 12;

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsAsciiDigit))
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var copiedUpTo = 0;
        foreach (Match chain in NumberChain().Matches(text))
        {
            foreach (var (start, end, mask) in FindNumbers(text, chain))
            {
                result.Append(text, copiedUpTo, start - copiedUpTo).Append(mask);
                copiedUpTo = end;
            }
        }
        return copiedUpTo == 0 ? text : result.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    private static List<(int Start, int End, string Mask)> FindNumbers(string text, Match chain)
    {
        var prefix = chain.Groups["intl"];
        var groups = chain.Groups["digits"].Captures;
        var found = new List<(int, int, string)>();
        var i = 0;
        while (i < groups.Count)
        {
            var international = i == 0 && prefix.Success;
            var start = international ? prefix.Index : groups[i].Index;
            if (LongestPhone(text, groups, i, international ? prefix.Value : null) is { } last)
            {
                found.Add((start, groups[last].Index + groups[last].Length, PhoneMask));
                i = last + 1;
            }
            else if (!international && DocumentNumber(text, groups, i) is { } end)
            {
                found.Add((groups[i].Index, groups[end].Index + groups[end].Length, DocumentMask));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>The index of the last group of the longest phone number starting at group <paramref name="first"/>.</summary>
    private static int? LongestPhone(string text, CaptureCollection groups, int first, string? prefix)
    {
        int? last = null;
        var digits = new StringBuilder();
        for (var j = first; j < groups.Count && j < first + MaxGroupsPerNumber; j++)
        {
            digits.Append(groups[j].Value);
            if (IsPhone(text, digits.ToString(), groups, first, j, prefix))
            {
                last = j;
            }
        }
        return last;
    }

    private static bool IsPhone(string text, string digits, CaptureCollection groups, int first, int last, string? prefix)
    {
        if (prefix is not null)
        {
            // "+84 912…" carries the country code in the digits; "(+84) 912…" does not.
            var national = prefix.StartsWith('+') ? (digits.StartsWith("84", StringComparison.Ordinal) ? digits[2..] : null) : digits;
            return national is not null && IsNationalNumber(national.StartsWith('0') ? national[1..] : national);
        }
        if (digits.StartsWith('0'))
        {
            // "05-12-2026" is a date, not the start of a number: phone numbers open with a group of 3 or more.
            return groups[first].Length >= 3 && IsNationalNumber(digits[1..]);
        }
        if (digits.StartsWith("84", StringComparison.Ordinal) && (digits.Length is 11 or 12))
        {
            // "84.500.000.000 đồng" is an amount in thousands groups, not a number from abroad.
            return !IsThousandsGrouped(text, groups, first, last) && IsNationalNumber(digits[2..]);
        }
        return false;
    }

    /// <summary>A mobile number (9 digits after the 0) or a landline with its area code (10 digits, 02…).</summary>
    private static bool IsNationalNumber(string nsn) =>
        (nsn.Length == 9 && nsn[0] is '3' or '5' or '7' or '8' or '9') || (nsn.Length == 10 && nsn[0] == '2');

    /// <summary>The index of the last group of an identity number starting at group <paramref name="first"/>.</summary>
    private static int? DocumentNumber(string text, CaptureCollection groups, int first)
    {
        var group = groups[first];
        if (group.Length is 12 or 9 && StandsAlone(text, group.Index, group.Index + group.Length))
        {
            return first;
        }
        // A CCCD is sometimes written in blocks, "001 203 004 567"; it always opens with a 0 (the province code).
        var length = 0;
        for (var j = first; j < groups.Count && groups[j].Length is 3 or 4; j++)
        {
            if (j > first && !SameSeparator(text, groups, first, j))
            {
                break;
            }
            length += groups[j].Length;
            if (length == 12 && j > first && group.Value[0] == '0'
                && StandsAlone(text, group.Index, groups[j].Index + groups[j].Length))
            {
                return j;
            }
        }
        return null;
    }

    private static bool StandsAlone(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));

    /// <summary>Whether group <paramref name="j"/> follows the same separator as the second group of the run.</summary>
    /// <remarks>Only document blocks ask: a phone number written "0912 345.678" is still a phone number.</remarks>
    private static bool SameSeparator(string text, CaptureCollection groups, int first, int j) =>
        j == first + 1 || text[groups[j].Index - 1] == text[groups[first + 1].Index - 1];

    private static bool IsThousandsGrouped(string text, CaptureCollection groups, int first, int last)
    {
        for (var j = first + 1; j <= last; j++)
        {
            if (groups[j].Length != 3 || text[groups[j].Index - 1] != '.')
            {
                return false;
            }
        }
        return last > first;
    }

    // Digit groups joined by a single space, dot or dash, optionally led by "+", "(+84)" or "(84)".
    [GeneratedRegex(@"(?<intl>\(\+?84\)[ .\-]?|\+ ?(?=84))?(?<!\d)(?<digits>\d+)(?:[ .\-](?<digits>\d+))*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberChain();
}
