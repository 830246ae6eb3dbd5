using System.Globalization;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Features.Followers;

/// <summary>
/// The folded form of a tag, which is what targeting compares: "Tổ dân phố số 05", "TDP 5", "tổ 5" and "to dan pho 5"
/// are one tag ("to dan pho 5"). Residents and officers write the same group a dozen ways; a notice for "tổ 5" must
/// reach all of them.
/// </summary>
public static class TagName
{
    /// <summary>Longest label kept; longer answers are not a group's name.</summary>
    public const int MaxLabelLength = 60;

    // Words after which "số" only introduces the number ("tổ dân phố số 5").
    private static readonly HashSet<string> NumberedWords = new(["pho", "to", "thon", "xom", "ap", "khu", "cum", "khom", "ban", "doi"], StringComparer.Ordinal);

    /// <summary>Lower case without marks, abbreviations spelled out, "số" and leading zeros dropped; "" when nothing is left.</summary>
    public static string Fold(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var words = new List<string>();
        foreach (var word in VietnameseText.Fold(label).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.AddRange(Expand(word));
        }
        var folded = new List<string>(words.Count + 2);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (word == "so" && folded.Count > 0 && NumberedWords.Contains(folded[^1]) && next is not null && IsNumber(next))
            {
                continue;
            }
            if (IsNumber(word))
            {
                word = word.TrimStart('0') is { Length: > 0 } digits ? digits : "0";
                // "tổ 5" is how residents say "tổ dân phố 5".
                if (folded.Count > 0 && folded[^1] == "to")
                {
                    folded.AddRange(["dan", "pho"]);
                }
            }
            folded.Add(word);
        }
        return string.Join(' ', folded);
    }

    /// <summary>"Tổ dân phố 5" for every spelling of it; other labels as typed, trimmed, with a capital first letter.</summary>
    public static string Display(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var tag = Fold(label);
        const string group = "to dan pho ";
        if (tag.StartsWith(group, StringComparison.Ordinal) && IsNumber(tag[group.Length..]))
        {
            return "Tổ dân phố " + tag[group.Length..];
        }
        var trimmed = label.Trim().Trim('.', ',', '!', '?', ';', ':', '"', '\'').Trim();
        return trimmed.Length == 0 ? trimmed : char.ToUpper(trimmed[0], CultureInfo.GetCultureInfo("vi-VN")) + trimmed[1..];
    }

    private static IEnumerable<string> Expand(string word)
    {
        // "tdp5", "kp3", "to5": the abbreviation and the number run together.
        var digitsAt = word.AsSpan().IndexOfAnyInRange('0', '9');
        if (digitsAt > 0 && IsNumber(word[digitsAt..]) && word[..digitsAt] is "tdp" or "kp" or "to" or "khu")
        {
            return [.. Expand(word[..digitsAt]), word[digitsAt..]];
        }
        return word switch
        {
            "tdp" => ["to", "dan", "pho"],
            "kp" => ["khu", "pho"],
            _ => [word],
        };
    }

    internal static bool IsNumber(string word) => word.Length > 0 && word.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}
