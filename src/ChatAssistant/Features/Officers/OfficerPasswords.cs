using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Officers;

/// <summary>Hashes and checks console passwords with ASP.NET Core Identity's hasher (PBKDF2, salted, versioned), and says what a good one is.</summary>
public sealed class OfficerPasswords(IOptions<SignInOptions> options)
{
    private static readonly PasswordHasher<Officer> Hasher = new();

    /// <summary>A hash of a password nobody has: checked against when the username is unknown, so timing says nothing.</summary>
    private static readonly string DecoyHash = Hasher.HashPassword(Officer.Bootstrap, Guid.NewGuid().ToString());

    public static string Hash(string password) => Hasher.HashPassword(Officer.Bootstrap, password);

    /// <summary>Whether <paramref name="password"/> matches; <paramref name="rehash"/> when the hash's format or cost is out of date.</summary>
    public static bool Verify(string hash, string password, out bool rehash)
    {
        var result = Hasher.VerifyHashedPassword(Officer.Bootstrap, hash, password);
        rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>Spends the time a real check would.</summary>
    public static void VerifyDecoy(string password) => Hasher.VerifyHashedPassword(Officer.Bootstrap, DecoyHash, password);

    /// <summary>Why <paramref name="password"/> is not acceptable, in Vietnamese for the form, or null when it is.</summary>
    public string? Problem(string? password, string username)
    {
        var minimum = options.Value.MinimumPasswordLength;
        if (string.IsNullOrEmpty(password) || password.Length < minimum)
        {
            return $"Mật khẩu cần ít nhất {minimum} ký tự.";
        }
        if (password.Length > 200)
        {
            return "Mật khẩu dài quá 200 ký tự.";
        }
        if (password.Contains(username, StringComparison.OrdinalIgnoreCase))
        {
            return "Mật khẩu không được chứa tên đăng nhập.";
        }
        if (password.Distinct().Count() < 4)
        {
            return "Mật khẩu quá dễ đoán: hãy dùng nhiều ký tự khác nhau.";
        }
        return null;
    }
}
