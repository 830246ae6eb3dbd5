using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;
using ChatAssistant.Storage;

namespace ChatAssistant.Features.Dossiers;

/// <summary>The key of the phone tags (<see cref="DossierPhoneCheck"/>): the service's own, sealed with the encryption key.</summary>
public sealed class DossierPhoneKey(SqliteConnectionFactory connections, SqliteWriter writer, TipOffCipher cipher)
    : ServiceKey(connections, writer, cipher, Purpose)
{
    /// <summary>The row's <c>purpose</c> in <c>tipoff_keys</c>.</summary>
    public const string Purpose = "dossier-phone";
}
