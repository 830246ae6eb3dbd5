using System.Security.Cryptography;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs.Keys;

/// <summary>
/// A random key of the service's own for one purpose, kept in <c>tipoff_keys</c> sealed with the encryption key and made
/// at first need. Rekeying reseals every purpose's row (<see cref="SealedValues.ResealStoredKeysAsync"/>), so what a key
/// tags or hashes stays valid across a rotation, while a copy of the database without the encryption key opens none.
/// </summary>
public abstract class ServiceKey(SqliteConnectionFactory connections, SqliteWriter writer, TipOffCipher cipher, string purpose)
{
    public const int Size = 32;

    private readonly Lock _gate = new();
    private byte[]? _key;

    /// <summary>The associated data that binds a <c>tipoff_keys</c> row's sealed key to its purpose.</summary>
    public static string Context(string purpose) => $"tipoff-keys:{purpose}";

    /// <summary>
    /// The key, from memory after the first call. Only the very first call on a fresh database waits for a write, so
    /// this must not be called from inside a write on the writer loop.
    /// </summary>
    /// <exception cref="CryptographicException">The stored key was sealed with a key no longer configured.</exception>
    public byte[] Get()
    {
        if (Volatile.Read(ref _key) is { } cached)
        {
            return cached;
        }
        lock (_gate)
        {
            if (_key is null)
            {
                var stored = Read();
                if (stored is null)
                {
                    writer.WriteAsync((connection, transaction) => InsertIfMissing(connection, transaction)).GetAwaiter().GetResult();
                    stored = Read() ?? throw new InvalidOperationException($"The {purpose} key was written but cannot be read back.");
                }
                Volatile.Write(ref _key, Open(stored));
            }
            return _key;
        }
    }

    /// <summary>Makes the key now if the database has none yet, so its first use does not wait for it.</summary>
    public async Task EnsureAsync()
    {
        if (Volatile.Read(ref _key) is null && Read() is null)
        {
            await writer.WriteAsync((connection, transaction) => InsertIfMissing(connection, transaction)).ConfigureAwait(false);
        }
        Get();
    }

    private const string Select = """
        SELECT sealed FROM tipoff_keys WHERE purpose = @purpose
        """;

    private byte[]? Read()
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<byte[]>(Select, new { purpose });
    }

    // OR IGNORE: two first needs at once (or two processes on one file) both insert; the first row wins and both read it back.
    private const string Insert = """
        INSERT OR IGNORE INTO tipoff_keys (purpose, sealed) VALUES (@purpose, @sealedKey)
        """;

    private void InsertIfMissing(SqliteConnection connection, SqliteTransaction transaction)
    {
        var key = RandomNumberGenerator.GetBytes(Size);
        connection.Execute(Insert, new { purpose, sealedKey = cipher.Encrypt(key, Context(purpose)) }, transaction);
        CryptographicOperations.ZeroMemory(key);
    }

    private byte[] Open(byte[] stored)
    {
        try
        {
            return cipher.Decrypt(stored, Context(purpose));
        }
        catch (CryptographicException ex)
        {
            throw new CryptographicException(
                $"The {purpose} key in tipoff_keys does not open with the configured keys: the key it was sealed with must stay in " +
                "TipOffs:PreviousEncryptionKeys until rekeying has run (the log says when every value is current).", ex);
        }
    }
}
