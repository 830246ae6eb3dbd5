using System.Text.RegularExpressions;

namespace ChatAssistant.Features.Officers;

/// <summary>Usernames: lower-case letters, digits, dot, dash and underscore, 3 to 40 characters, so they type the same on any keyboard.</summary>
public static partial class OfficerUsernames
{
    public static string Normalize(string? username) => (username ?? "").Trim().ToLowerInvariant();

    public static bool IsValid(string username) => Shape().IsMatch(username);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
