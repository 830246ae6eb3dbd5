using System.Security.Cryptography;
using System.Text.Json;
using ChatAssistant.Conversations;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// Seals what a resident is still writing before it reaches the conversation state, so a report is never in clear in
/// the database, even half-written. The seal is bound to the account and resident: state copied elsewhere does not open.
/// </summary>
public sealed class DraftSeal(TipOffCipher cipher)
{
    public byte[] Seal<T>(ITurnContext turn, T value) =>
        cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(value), Context(turn));

    /// <exception cref="SealedStateLostException">The value was sealed with a key no longer configured (a rotation finished meanwhile).</exception>
    public T? Open<T>(ITurnContext turn, byte[]? sealedValue)
    {
        if (sealedValue is null or { Length: 0 })
        {
            return default;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(cipher.Decrypt(sealedValue, Context(turn)));
        }
        catch (CryptographicException ex)
        {
            throw new SealedStateLostException(ex);
        }
    }

    private static string Context(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return $"tipoff-draft:{turn.Activity.AccountId}:{turn.Activity.UserId}";
    }
}
