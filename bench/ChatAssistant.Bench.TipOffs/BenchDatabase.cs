using System.Globalization;
using System.Security.Cryptography;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bench.TipOffs;

/// <summary>A migrated service database with synchronous=FULL (as deployed), its writer, and generated reports sealed as the store seals them.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const int Accounts = 100;

    private const int RowsPerWrite = 2000;

    private BenchDatabase(string path)
    {
        Path = path;
        var storage = Options.Create(new StorageOptions { ConnectionString = $"Data Source={path}", Synchronous = "FULL" });
        Connections = new SqliteConnectionFactory(storage);
        new Migrator(Connections, NullLogger<Migrator>.Instance).Migrate();
        Writer = new SqliteWriter(Connections, storage, NullLogger<SqliteWriter>.Instance);
    }

    public string Path { get; }

    public SqliteConnectionFactory Connections { get; }

    public SqliteWriter Writer { get; }

    public static BenchDatabase Create(string folder) => new(System.IO.Path.Combine(folder, "service.db"));

    public static IOptions<TipOffOptions> Keys(string key, params string[] previous)
    {
        var options = new TipOffOptions { EncryptionKey = key };
        foreach (var old in previous)
        {
            options.PreviousEncryptionKeys.Add(old);
        }
        return Options.Create(options);
    }

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string OaOf(long id) => string.Create(CultureInfo.InvariantCulture, $"oa-{id % Accounts}");

    public static string TextOf(long id) => string.Create(CultureInfo.InvariantCulture,
        $"Báo cáo số {id}: nhóm thanh niên tụ tập đua xe, gây ồn ào và bán hàng cấm ở ngõ {id % 300} phố Trần Phú khoảng 22 giờ mỗi tối; đề nghị công an phường kiểm tra.");

    private const string Insert = """
        INSERT INTO tipoffs (id, oa_id, category, status, anonymous, text_cipher, contact_cipher, user_id,
                             receipt_tag, receipt_salt, receipt_hash, location_cipher, created_at, updated_at)
        VALUES (@id, @oaId, 'drugs', 'new', @anonymous, @text, @contact, @userId, @tag, @salt, @hash, @location, @now, @now)
        """;

    /// <summary>
    /// Reports <paramref name="first"/>..<paramref name="last"/>: seven in ten with a contact, half with a location. The receipt is
    /// <paramref name="receipt"/>'s, or random bytes of the stored sizes (a code nobody holds).
    /// </summary>
    public async Task SeedAsync(TipOffCipher cipher, long first, long last, Func<long, StoredReceipt>? receipt = null)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var start = first; start <= last; start += RowsPerWrite)
        {
            var rows = new List<object>(RowsPerWrite);
            for (var id = start; id <= Math.Min(last, start + RowsPerWrite - 1); id++)
            {
                var anonymous = id % 10 >= 7;
                var stored = receipt?.Invoke(id) ?? new StoredReceipt(
                    RandomNumberGenerator.GetBytes(ReceiptHasher.TagSize), RandomNumberGenerator.GetBytes(ReceiptHasher.SaltSize), RandomNumberGenerator.GetBytes(ReceiptHasher.HashSize));
                rows.Add(new
                {
                    id, oaId = OaOf(id), anonymous,
                    text = cipher.Encrypt(TextOf(id), TipOffStore.Context(id, "text")),
                    contact = anonymous ? null : cipher.Encrypt(string.Create(CultureInfo.InvariantCulture, $"Nguyễn Văn A, 09{id:00000000}"), TipOffStore.Context(id, "contact")),
                    userId = anonymous ? null : "user-" + id,
                    tag = stored.Tag, salt = stored.Salt, hash = stored.Hash,
                    location = id % 2 == 0 ? cipher.Encrypt(string.Create(CultureInfo.InvariantCulture, $"Ngõ {id % 300} Trần Phú"), TipOffStore.Context(id, "location")) : null,
                    now,
                });
            }
            await Writer.WriteAsync((connection, transaction) => connection.Execute(Insert, rows, transaction));
        }
    }

    public long FileBytes() => new[] { Path, Path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
