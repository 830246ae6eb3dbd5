using System.Globalization;
using System.Text;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;
using Dapper;

namespace ChatAssistant.Tests.Features.TipOffs;

public sealed class TipOffStoreTests : IAsyncDisposable
{
    private const string Oa = "oa-1";
    private const string Text = "Sòng bạc trong nhà kho cuối đường Lê Lợi, tối thứ bảy";
    private const string Phone = "0912345678";
    private const string Location = "Kho số 3, đường Lê Lợi";
    private static readonly DateTimeOffset Occurred = new(2026, 11, 7, 13, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly TipOffStore _store;

    public TipOffStoreTests()
    {
        var options = TipOffKeys.Options();
        var cipher = new TipOffCipher(options);
        _store = new TipOffStore(_database.Connections, _database.Writer, cipher, new ReceiptHasher(new ReceiptTagKey(_database.Connections, _database.Writer, cipher), options), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<(long Id, string Receipt)> ReportAsync(bool anonymous = false) =>
        _store.CreateAsync(new NewTipOff(Oa, "gambling", Text, anonymous, "user-42", "Nguyễn Văn A " + Phone, Occurred, Location));

    [Fact]
    public async Task AReportRoundTripsDecrypted()
    {
        var (id, receipt) = await ReportAsync();

        var report = _store.Find(Oa, id);

        Assert.NotNull(report);
        Assert.Equal((TipOffStatus.New, "gambling", Text, "Nguyễn Văn A " + Phone, "user-42", Location, (DateTimeOffset?)Occurred),
            (report.Status, report.Category, report.Text, report.Contact, report.UserId, report.Location, report.OccurredAt));
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", receipt);
    }

    [Fact]
    public async Task TheReceiptFindsTheReportHoweverItIsTyped()
    {
        var (id, receipt) = await ReportAsync();
        await ReportAsync();

        Assert.Equal(id, _store.FindByReceipt(Oa, receipt.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant())?.Id);
    }

    [Fact]
    public async Task AWrongReceiptOrAnotherOaFindsNothing()
    {
        var (_, receipt) = await ReportAsync();
        var wrong = (receipt[0] == 'A' ? "B" : "A") + receipt[1..];

        Assert.Null(_store.FindByReceipt(Oa, wrong));
        Assert.Null(_store.FindByReceipt(Oa, "not a code"));
        Assert.Null(_store.FindByReceipt("another-oa", receipt));
    }

    [Fact]
    public async Task AnotherOaCannotFindTheReportById()
    {
        var (id, _) = await ReportAsync();

        Assert.Null(_store.Find("another-oa", id));
    }

    [Fact]
    public async Task AnAnonymousReportsRowHoldsNoUserIdNorContact()
    {
        var (id, _) = await ReportAsync(anonymous: true);

        using var connection = _database.Connections.Open();
        var row = connection.QuerySingle<(string? UserId, byte[]? Contact)>(
            "SELECT user_id, contact_cipher FROM tipoffs WHERE id = @id", new { id });
        Assert.Equal((null, null), (row.UserId, row.Contact));
        Assert.Equal(Text, _store.Find(Oa, id)?.Text);
    }

    [Theory]
    [InlineData(true, true, "2026-11-07T13:00:00.000+00:00")]
    [InlineData(true, false, "2026-11-07T13:24:05.678+00:00")]
    [InlineData(false, true, "2026-11-07T13:24:05.678+00:00")]
    public async Task ATimeOfEventsReadOffTheClockIsKeptToTheHourForAnAnonymousReport(bool anonymous, bool fromClock, string stored)
    {
        // "đang", "vừa": the moment the resident answered, which to the millisecond is the time of one of their messages.
        var answered = new DateTimeOffset(2026, 11, 7, 13, 24, 5, 678, TimeSpan.Zero);
        var (id, _) = await _store.CreateAsync(new NewTipOff(Oa, "gambling", Text, anonymous, "user-42", OccurredAt: answered)
        {
            OccurredAtFromClock = fromClock,
        });

        using var connection = _database.Connections.Open();
        Assert.Equal(DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(),
            connection.ExecuteScalar<long>("SELECT occurred_at FROM tipoffs WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task TheDatabaseFilesRevealNeitherTextNorContactNorReceipt()
    {
        var (_, receipt) = await ReportAsync();

        var files = Directory.GetFiles(_database.Folder.Path, "chat.db*");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // Read while the writer holds the file open: share it rather than take a lock.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes);
            foreach (var secret in new[] { Text, Phone, Location, receipt, ReceiptCode.Normalize(receipt)!, "Lê Lợi" })
            {
                Assert.Equal(-1, bytes.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
            }
        }
    }
}
