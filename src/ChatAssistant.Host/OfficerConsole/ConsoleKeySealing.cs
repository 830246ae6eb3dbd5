using System.Text;
using System.Xml.Linq;
using ChatAssistant.Features.TipOffs;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>
/// Seals the keys that sign console sessions with the tip-off encryption key before they are written to
/// <c>console-keys/</c>. That key stays out of the data folder in Production, so a copy of the folder (a backup)
/// is not enough to forge an officer's session and read reports through the console.
/// </summary>
/// <remarks>
/// AES-256-GCM through <see cref="TipOffCipher"/>, which also opens keys sealed before a rotation while the old
/// key is still listed. Once it is removed, older session keys no longer open: officers sign in again.
/// The cipher is looked up when a key is first sealed, not when the options are built: a missing tip-off key
/// must be reported by start-up validation, with any other missing setting, not by whatever builds a cookie first.
/// </remarks>
public sealed class ConsoleKeySealing(IServiceProvider services) : IXmlEncryptor
{
    internal const string Context = "console-keys";
    private const string ElementName = "sealedWithTipOffKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var sealedBytes = services.GetRequiredService<TipOffCipher>().Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting), Context);
        return new EncryptedXmlInfo(new XElement(ElementName, Convert.ToBase64String(sealedBytes)), typeof(ConsoleKeyOpening));
    }
}

/// <summary>Opens what <see cref="ConsoleKeySealing"/> sealed; created by the data protection system, hence the service provider.</summary>
public sealed class ConsoleKeyOpening(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var cipher = services.GetRequiredService<TipOffCipher>();
        var plaintext = cipher.Decrypt(Convert.FromBase64String(encryptedElement.Value), ConsoleKeySealing.Context);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
