using System.Security.Cryptography;

namespace ChatAssistant.Features.Officers;

/// <summary>A password an admin hands to an officer, who must replace it at first sign-in.</summary>
/// <remarks>12 letters and digits without look-alikes (no 0/o, 1/l/i), in groups of four: easy to read out over the phone.</remarks>
public static class TemporaryPassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New()
    {
        Span<char> letters = stackalloc char[12];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"{letters[..4]}-{letters[4..8]}-{letters[8..]}";
    }
}
