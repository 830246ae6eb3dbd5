using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Features.TipOffs;

namespace ChatAssistant.Tests.Features.TipOffs;

public sealed class TipOffCipherTests
{
    private const string Report = "Nhóm thanh niên bán ma túy ở ngõ 12 Trần Phú mỗi tối";

    [Fact]
    public void TextRoundTrips()
    {
        var cipher = new TipOffCipher(TipOffKeys.Options());

        var sealedValue = cipher.Encrypt(Report, "tipoff:1:text");

        Assert.Equal(Report, cipher.DecryptString(sealedValue, "tipoff:1:text"));
    }

    [Fact]
    public void TheSameTextSealsDifferentlyEachTime()
    {
        var cipher = new TipOffCipher(TipOffKeys.Options());

        Assert.NotEqual(cipher.Encrypt(Report, "tipoff:1:text"), cipher.Encrypt(Report, "tipoff:1:text"));
    }

    [Fact]
    public void TamperedCiphertextDoesNotOpen()
    {
        var cipher = new TipOffCipher(TipOffKeys.Options());
        var sealedValue = cipher.Encrypt(Report, "tipoff:1:text");
        sealedValue[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt(sealedValue, "tipoff:1:text"));
    }

    [Fact]
    public void CiphertextMovedToAnotherRowDoesNotOpen()
    {
        var cipher = new TipOffCipher(TipOffKeys.Options());
        var sealedValue = cipher.Encrypt(Report, "tipoff:1:text");

        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt(sealedValue, "tipoff:2:text"));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt(sealedValue, "tipoff:1:contact"));
    }

    [Fact]
    public void ValuesSealedWithAPreviousKeyStillOpenAfterRotation()
    {
        var oldKey = TipOffKeys.NewKey();
        var sealedValue = new TipOffCipher(TipOffKeys.Options(oldKey)).Encrypt(Report, "tipoff:1:text");

        var rotated = new TipOffCipher(TipOffKeys.Options(TipOffKeys.NewKey(), oldKey));

        Assert.Equal(Report, rotated.DecryptString(sealedValue, "tipoff:1:text"));
    }

    [Fact]
    public void AnUnknownKeyDoesNotOpen()
    {
        var sealedValue = new TipOffCipher(TipOffKeys.Options()).Encrypt(Report, "tipoff:1:text");

        Assert.ThrowsAny<CryptographicException>(() => new TipOffCipher(TipOffKeys.Options()).Decrypt(sealedValue, "tipoff:1:text"));
    }

    [Fact]
    public void NoPlaintextBytesAppearInTheCiphertext()
    {
        var plaintext = Encoding.UTF8.GetBytes(Report);

        var sealedValue = new TipOffCipher(TipOffKeys.Options()).Encrypt(plaintext, "tipoff:1:text");

        // No run of 4 plaintext bytes survives (a chance match of 4 random bytes is about 1 in 2^32 per position).
        for (var i = 0; i + 4 <= plaintext.Length; i++)
        {
            Assert.Equal(-1, sealedValue.AsSpan().IndexOf(plaintext.AsSpan(i, 4)));
        }
        Assert.Equal(1 + TipOffCipher.NonceSize + TipOffCipher.TagSize + plaintext.Length, sealedValue.Length);
    }

    [Fact]
    public void AKeyOfTheWrongLengthIsRefused()
    {
        var options = TipOffKeys.Options(Convert.ToBase64String(new byte[16]));

        var failure = Assert.Throws<InvalidOperationException>(() => new TipOffCipher(options));

        Assert.Contains("TipOffs:EncryptionKey", failure.Message, StringComparison.Ordinal);
    }
}
