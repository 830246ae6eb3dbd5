using System.Globalization;
using System.Text;
using ChatAssistant.IntegrationTests.Officers;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>
/// An anonymous report sent through real webhooks, then the database read as someone who took the file would read it:
/// no row ties the report to the resident, and the report's words are nowhere in clear, in rows, in the file or in the logs.
/// </summary>
public sealed class TipOffAnonymityTests : IAsyncLifetime
{
    private const string Resident = "7341902265183021457";
    private const string StoryMarker = "QZSTORY7741";
    private const string PlaceMarker = "QZPLACE5520";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TempFolder _folder = new();
    private readonly LogCapture _log = new();
    private FakeZaloApi _zalo = null!;
    private ServiceUnderTest _service = null!;
    private ResidentOnZalo _resident = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartAsync();
        _zalo.IssueTokens(ServiceUnderTest.SeedAccessToken, ServiceUnderTest.SeedRefreshToken);
        _service = await ServiceUnderTest.StartAsync(_folder.File("service.db"), _zalo, new Dictionary<string, string>
        {
            ["TipOffs:ReceiptHashIterations"] = "10000",
        }, overrides: services =>
        {
            services.AddSingleton<ILoggerProvider>(_log);
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(LogCapture).FullName, null, LogLevel.Trace, null)));
        });
        _resident = new ResidentOnZalo(_service, _zalo, Resident);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _zalo.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task AfterAnAnonymousReportNoRowLinksItToTheResidentAndItsWordsAreNowhereInClear()
    {
        await _resident.SayAsync(_resident.Text("tố giác"), "thuộc loại nào");
        await _resident.SayAsync(_resident.Text("3"), "kể lại sự việc");
        await _resident.SayAsync(_resident.Text($"Nhóm {StoryMarker} đánh bạc mỗi tối ở nhà số 12"), "Đã ghi");
        await _resident.SayAsync(_resident.Image(new Uri("https://photo-stal-9.zdn.vn/original/bangchung.jpg")), "Đã nhận 1");
        await _resident.SayAsync(_resident.Text("xong"), "khi nào");
        await _resident.SayAsync(_resident.Text("tối qua khoảng 21h"), "ở đâu");
        await _resident.SayAsync(_resident.Location($"Ngõ {PlaceMarker} phố Thử", "21.0285", "105.8048"), "gửi thêm");
        await _resident.SayAsync(_resident.Text("không có"), "thế nào");
        await _resident.SayAsync(_resident.Text("1"), "Gửi tin báo này");
        var sent = await _resident.SayAsync(_resident.Text("có"), "MỘT LẦN");
        var receipt = sent[^2].Text!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", receipt);
        await WaitUntilOutboxIsDeliveredAsync();
        // Zalo echoes each message the account sent, the receipt code included.
        using (var echo = await _service.PostWebhookAsync(_resident.Echo(receipt, sent[^2].MessageId!)))
        {
            Assert.True(echo.IsSuccessStatusCode);
        }
        using (var seen = await _service.PostWebhookAsync(Seen(sent[^2].MessageId!)))
        {
            Assert.True(seen.IsSuccessStatusCode);
        }
        await WaitUntilInboxIsHandledAsync();

        Assert.Equal(1, _service.Query<long>("SELECT count(*) FROM tipoffs WHERE anonymous = 1 AND user_id IS NULL"));
        var secrets = new[] { StoryMarker, PlaceMarker, receipt, receipt.Replace("-", "", StringComparison.Ordinal), sent[^2].MessageId! };
        var rows = ReadEveryRow();
        foreach (var (table, row) in rows)
        {
            foreach (var secret in secrets)
            {
                Assert.False(row.Contains(secret, StringComparison.Ordinal), $"{table} keeps \"{secret}\" in clear: {row}");
            }
        }
        // The resident's first words began the report: once it is sent, nothing of theirs is left, as if they had never
        // written (TipOffUnlinkabilityTests reads the file as an analyst would, for residents who also talk otherwise).
        Assert.DoesNotContain(rows, r => r.Row.Contains(Resident, StringComparison.Ordinal));

        // The files themselves, as copied off the disk, WAL included: the service trims it soon after words were forgotten.
        await WaitUntilFilesHoldNoneOfAsync(secrets);
        Assert.DoesNotContain(_log.Lines, line => secrets.Any(s => line.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AReportWithContactKeepsTheResidentButItsWordsNameAndPhoneAreNowhereInClear()
    {
        await _resident.SayAsync(_resident.Text("báo tin trộm cắp"), "kể lại sự việc");
        await _resident.SayAsync(_resident.Text($"Mất xe máy {StoryMarker} ở bãi xe chợ"), "Đã ghi");
        await _resident.SayAsync(_resident.Text("xong"), "khi nào");
        await _resident.SayAsync(_resident.Text("sáng nay"), "ở đâu");
        await _resident.SayAsync(_resident.Text($"bãi xe {PlaceMarker} chợ Thử"), "bằng chứng");
        await _resident.SayAsync(_resident.Text("không có"), "thế nào");
        await _resident.SayAsync(_resident.Text("2"), "họ tên");
        await _resident.SayAsync(_resident.Text("Trần QZNAME Lâm"), "Số điện thoại");
        await _resident.SayAsync(_resident.Text("0987 650 321"), "Gửi tin báo này");
        await _resident.SayAsync(_resident.Text("có"), "MỘT LẦN");
        await WaitUntilOutboxIsDeliveredAsync();

        Assert.Equal(1, _service.Query<long>("SELECT count(*) FROM tipoffs WHERE anonymous = 0 AND user_id = @Resident", new { Resident }));
        var secrets = new[] { StoryMarker, PlaceMarker, "QZNAME", "0987650321", "0987 650 321", "84987650321" };
        foreach (var (table, row) in ReadEveryRow())
        {
            Assert.DoesNotContain(secrets, secret => row.Contains(secret, StringComparison.Ordinal));
        }
        // The conversation keeps no line of the flow: officers read the report itself at the desk.
        Assert.Equal(0, _service.Query<long>("SELECT count(*) FROM transcript_entries WHERE user_id = @Resident", new { Resident }));
        Assert.DoesNotContain(_log.Lines, line => secrets.Any(s => line.Contains(s, StringComparison.Ordinal)));
    }

    private async Task WaitUntilOutboxIsDeliveredAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (_service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status IN ('pending', 'sending')") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the outbox did not drain");
            await Task.Delay(20);
        }
    }

    private async Task WaitUntilFilesHoldNoneOfAsync(string[] secrets)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var found = new List<string>();
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_service.DatabasePath)!, "service.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                found.AddRange(secrets.Where(secret => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0)
                    .Select(secret => $"{Path.GetFileName(file)} holds \"{secret}\""));
            }
            if (found.Count == 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, string.Join("; ", found));
            await Task.Delay(100);
        }
    }

    private async Task WaitUntilInboxIsHandledAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (_service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'pending'") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the inbox did not drain");
            await Task.Delay(20);
        }
    }

    /// <summary>Zalo's "seen" receipt for a message the account sent to the resident.</summary>
    private static string Seen(string messageId) =>
        $$$"""{"app_id":"360846524940903967","sender":{"id":"{{{Resident}}}"},"user_id_by_app":"app-{{{Resident}}}","recipient":{"id":"{{{ServiceUnderTest.OaId}}}"},"event_name":"user_seen_message","message":{"msg_ids":["{{{messageId}}}"]},"timestamp":"{{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}}"}""";

    /// <summary>Every row of every table, each as one string of its values (blobs read as UTF-8, as a curious reader would).</summary>
    private List<(string Table, string Row)> ReadEveryRow()
    {
        using var connection = new SqliteConnection($"Data Source={_service.DatabasePath};Mode=ReadOnly");
        connection.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").ToList();
        var rows = new List<(string, string)>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    values.Append(value is byte[] blob ? Encoding.UTF8.GetString(blob) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append(" | ");
                }
                rows.Add((table, values.ToString()));
            }
        }
        return rows;
    }

}
