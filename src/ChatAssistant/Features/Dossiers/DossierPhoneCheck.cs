using System.Security.Cryptography;
using System.Text;

namespace ChatAssistant.Features.Dossiers;

/// <summary>
/// What the service keeps of the phone number a list gives with a dossier: a tag of its last 4 digits, enough to check
/// the resident's answer and nothing more.
/// </summary>
/// <remarks>
/// Not the number, which the lookup does not need. Not the 4 digits in clear, nor a salted hash of them: 4 digits are
/// 10,000 guesses, so a salt stops nobody who holds a copy of the database. The tag is HMAC-SHA256 under
/// <see cref="DossierPhoneKey"/>, which that copy alone does not open (Production keeps the encryption key out of the
/// data folder); the account and the code are hashed in, so two dossiers with the same digits have different tags.
/// It is the same for the same digits every time, so importing the same list again changes nothing.
/// </remarks>
public sealed class DossierPhoneCheck(DossierPhoneKey key)
{
    public const int DigitCount = 4;

    /// <summary>Makes the key before an import needs it, outside the writer.</summary>
    public Task PrepareAsync() => key.EnsureAsync();

    /// <summary>The stored tag of <paramref name="lastDigits"/> for the dossier <paramref name="codeKey"/> of <paramref name="oaId"/>.</summary>
    public byte[] Tag(string oaId, string codeKey, string lastDigits) =>
        HMACSHA256.HashData(key.Get(), Encoding.UTF8.GetBytes($"{oaId}\n{codeKey}\n{lastDigits}"));

    /// <summary>Whether the resident's <paramref name="lastDigits"/> are those of the number registered with the dossier; constant-time.</summary>
    public bool Matches(Dossier dossier, string lastDigits)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.PhoneTag is { } stored
            && CryptographicOperations.FixedTimeEquals(Tag(dossier.OaId, DossierCode.Normalize(dossier.Code) ?? dossier.Code, lastDigits), stored);
    }
}
