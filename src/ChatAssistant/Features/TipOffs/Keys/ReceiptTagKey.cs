using ChatAssistant.Storage;

namespace ChatAssistant.Features.TipOffs.Keys;

/// <summary>The key of the receipt lookup tags: random, kept in <c>tipoff_keys</c> sealed with the encryption key, made at first need.</summary>
/// <remarks>
/// Tags used to be derived from the encryption key itself, so every receipt code stopped resolving once
/// an old key was removed after rotation. A key of its own only needs re-sealing when the encryption key
/// changes (<see cref="TipOffRekeying"/> does it with every other sealed value); the tags stay as they are.
/// The maintenance service makes it at start-up, before residents report.
/// </remarks>
public sealed class ReceiptTagKey(SqliteConnectionFactory connections, SqliteWriter writer, TipOffCipher cipher)
    : ServiceKey(connections, writer, cipher, Purpose)
{
    /// <summary>The row's <c>purpose</c> in <c>tipoff_keys</c>.</summary>
    public const string Purpose = "receipt-tag";
}
