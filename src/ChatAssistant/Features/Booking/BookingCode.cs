using System.Security.Cryptography;

namespace ChatAssistant.Features.Booking;

/// <summary>The code residents quote for their booking: six characters that cannot be misread.</summary>
public static class BookingCode
{
    public const int Length = 6;

    /// <summary>No 0/O, 1/I/L: residents read codes aloud on the phone and copy them from screenshots.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A fresh code from the system's CSPRNG, so nobody can guess another resident's code from theirs.</summary>
    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>The code as stored: trimmed and upper case; null when it cannot be a code.</summary>
    public static string? Normalize(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.All(Alphabet.Contains) ? code : null;
    }
}
