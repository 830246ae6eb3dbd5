namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// Whether a resident's sentence asks to report anonymously or under their name, in their own words: "thôi cho con ẩn
/// danh", "không để tên đâu", "ko ẩn danh, để tên", "để tên em để công an liên lạc". Read at the anonymity step, and at
/// the evidence step when the resident answers ahead of it.
/// </summary>
public static class TipOffAnonymity
{
    // Checked in this order: a negated phrase holds the plain one ("không ẩn danh" holds "ẩn danh").
    private static readonly (string Phrase, bool Anonymous)[] Phrases =
    [
        ("khong an danh", false), ("khong can an danh", false), ("khong muon an danh", false), ("ko an danh", false),
        ("khong de ten", true), ("khong de lai ten", true), ("khong muon de ten", true), ("khong muon de lai ten", true),
        ("khong de lai danh tinh", true), ("khong de danh tinh", true), ("giau danh tinh", true), ("khong ghi ten", true), ("khong can ten", true), ("khong de so", true), ("khong muon lo ten", true),
        ("an danh", true), ("giau ten", true), ("giau danh", true), ("giu kin ten", true), ("dau ten", true),
        ("de ten", false), ("de lai ten", false), ("de lai ho ten", false), ("de ho ten", false), ("ten toi la", false), ("ten em la", false), ("ghi ten", false), ("co ten", false), ("de lai so", false), ("de so", false),
        ("de lai danh tinh", false), ("de danh tinh", false), ("de lai thong tin", false),
        ("lien lac", false), ("lien he", false), ("cong khai", false),
    ];

    private static readonly string[] Questions = [" co ai ", " co bi ", " the nao ", " sao ", " ai biet ", " co biet ", " duoc khong "];

    /// <summary>True for anonymous, false for named, null when the sentence says neither.</summary>
    /// <param name="normalized">The message folded with shorthand spelled out (<c>Shorthand.Normalize</c>).</param>
    public static bool? Of(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var padded = " " + normalized + " ";
        // "ẩn danh được không ad": asking for the choice is making it.
        foreach (var (phrase, anonymous) in Phrases)
        {
            if (padded.Contains(" " + phrase + " duoc khong ", StringComparison.Ordinal))
            {
                return anonymous;
            }
        }
        // "báo ẩn danh thì có ai biết tôi không": a question about the choice, not the choice.
        if (Questions.Any(q => padded.Contains(q, StringComparison.Ordinal)) || padded.EndsWith(" khong ", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var (phrase, anonymous) in Phrases)
        {
            if (padded.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return anonymous;
            }
        }
        return null;
    }
}
