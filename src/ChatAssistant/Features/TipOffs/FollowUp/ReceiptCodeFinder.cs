namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>Finds a receipt code inside what a resident typed ("theo dõi k7m2 qx9p 4hrt giúp em").</summary>
public static class ReceiptCodeFinder
{
    /// <summary>The first run of whole words that makes a valid code, normalized; null when none does.</summary>
    /// <remarks>
    /// Residents copy the code with its dashes, type it in groups with spaces, or in one piece: joining
    /// neighbouring words covers all three. Vietnamese words rarely pass, since O, I and L are not in the alphabet.
    /// </remarks>
    public static string? FindIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ':', ';', '!', '?', '"', '\'', '(', ')'))
            .ToArray();
        for (var start = 0; start < words.Length; start++)
        {
            var joined = "";
            for (var end = start; end < words.Length; end++)
            {
                joined += words[end];
                if (ReceiptCode.Normalize(joined) is { } code)
                {
                    return code;
                }
                if (joined.Length > ReceiptCode.Length * 2)
                {
                    break;
                }
            }
        }
        return null;
    }
}
