using System.Globalization;
using System.Text;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>
/// The analyst: someone holding the database file, the Quartz store and the evidence folder after an hour in which
/// some residents sent anonymous reports between ordinary conversations, trying every way to tell who. Residents come
/// in pairs that hold the same conversation at the same moments; one of each pair also reports, the other stays silent
/// meanwhile. Every heuristic (counters, row counts, times, times on the hour, gaps in ids, leftovers of the flow)
/// guesses the reporter of each pair; none may do better than chance.
/// </summary>
public sealed class TipOffUnlinkabilityTests : IAsyncLifetime
{
    // Half the pairs have their reporter first, half second, and half report between their questions, half after them,
    // each half balanced: whatever follows the order of the pair alone scores half.
    private static readonly (bool SecondReports, bool ReportsLast)[] Pairs =
        [(false, false), (true, false), (true, true), (false, true), (true, false), (false, false), (false, true), (true, true)];

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempFolder _folder = new();
    private FakeZaloApi _zalo = null!;
    private ServiceUnderTest _service = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartAsync();
        _zalo.IssueTokens(ServiceUnderTest.SeedAccessToken, ServiceUnderTest.SeedRefreshToken);
        _service = await ServiceUnderTest.StartAsync(_folder.File("service.db"), _zalo, new Dictionary<string, string>
        {
            ["TipOffs:ReceiptHashIterations"] = "10000",
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _zalo.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task NoHeuristicTellsAnonymousReportersFromResidentsWhoWereSilentMeanwhile()
    {
        var pairs = Pairs.Select((pair, i) =>
        {
            var first = new ResidentOnZalo(_service, _zalo, (7_341_902_265_183_100_000L + (2 * i)).ToString(CultureInfo.InvariantCulture));
            var other = new ResidentOnZalo(_service, _zalo, (7_341_902_265_183_100_001L + (2 * i)).ToString(CultureInfo.InvariantCulture));
            return (First: first, Second: other, Reporter: pair.SecondReports ? other : first, pair.ReportsLast);
        }).ToList();

        foreach (var (first, second, reporter, reportsLast) in pairs)
        {
            // Both talk to the account as anyone does; the reporter reports between questions or after them.
            foreach (var resident in new[] { first, second })
            {
                await resident.SayAsync(resident.Text("xin chào"), "Xin chào");
                await resident.SayAsync(resident.Text("làm căn cước lần đầu cần gì"), "căn cước");
            }
            if (!reportsLast)
            {
                await ReportAnonymouslyAsync(reporter);
            }
            foreach (var resident in new[] { first, second })
            {
                await resident.SayAsync(resident.Text("mất bao lâu"), "ngày");
                await resident.SayAsync(resident.Text("cảm ơn"), "");
            }
            if (reportsLast)
            {
                await ReportAnonymouslyAsync(reporter);
            }
        }
        await WaitUntilSettledAsync();
        Assert.Equal(pairs.Count, _service.Query<long>("SELECT count(*) FROM tipoffs WHERE anonymous = 1"));

        // Rows that name nobody say nothing either: every delivered reply and every handled message looks like the others.
        Assert.Equal(1, _service.Query<long>(
            "SELECT count(DISTINCT redact_after_send || kind || body || user_id || status) FROM outbox_messages WHERE idempotency_key LIKE 'turn:%'"));
        Assert.Equal(1, _service.Query<long>(
            "SELECT count(DISTINCT event_name || body || user_id || status) FROM inbox_messages WHERE event_name LIKE 'user_send%'"));

        // The service's database and the Quartz store beside it, as the analyst copies them off the disk.
        var folder = Path.GetDirectoryName(_service.DatabasePath)!;
        var database = Snapshot.Read(Directory.GetFiles(folder, "*.db"));
        Assert.Contains(database.Tables, t => t.StartsWith("reminders.", StringComparison.Ordinal));
        // The evidence files show no time finer than the hour.
        foreach (var file in Directory.Exists(Path.Combine(folder, "tipoff-media")) ? Directory.GetFiles(Path.Combine(folder, "tipoff-media")) : [])
        {
            Assert.Equal(0, new DateTimeOffset(File.GetLastWriteTimeUtc(file)).ToUnixTimeMilliseconds() % 3_600_000);
        }
        var heuristics = Heuristics(database).ToList();
        var scores = new List<string>();
        foreach (var (name, suspicion) in heuristics)
        {
            // A heuristic names the member of each pair it suspects more; a tie is a coin toss.
            var score = pairs.Sum(pair =>
            {
                var (reporter, silent) = (pair.Reporter.UserId, pair.Reporter == pair.First ? pair.Second.UserId : pair.First.UserId);
                var (r, s) = (suspicion(reporter), suspicion(silent));
                return r > s ? 1.0 : r < s ? 0.0 : 0.5;
            });
            scores.Add($"{name}: {score}/{pairs.Count}");
            // Chance is half; a leak scores (nearly) every pair.
            Assert.True(score <= (pairs.Count / 2.0) + 1, $"'{name}' tells reporters apart: it picked {score} of {pairs.Count}");
        }
        // The analyst is not blind: given the row that names a resident in every pair (their transcript), it sees them.
        Assert.Contains(heuristics, h => h.Name.StartsWith("rows naming the resident in service.transcript_entries", StringComparison.Ordinal));
        Assert.True(heuristics.Count > 20, string.Join("; ", scores));
    }

    private static async Task ReportAnonymouslyAsync(ResidentOnZalo resident)
    {
        await resident.SayAsync(resident.Text("tố giác"), "thuộc loại nào");
        await resident.SayAsync(resident.Text("3"), "kể lại sự việc");
        await resident.SayAsync(resident.Text("Nhóm người đánh bạc mỗi tối ở nhà số 12"), "Đã ghi");
        await resident.SayAsync(resident.Image(new Uri("https://photo-stal-9.zdn.vn/original/bangchung.jpg")), "Đã nhận 1");
        await resident.SayAsync(resident.Text("xong"), "khi nào");
        await resident.SayAsync(resident.Text("đang diễn ra"), "ở đâu");
        await resident.SayAsync(resident.Location("Ngõ 5 phố Thử", "21.0285", "105.8048"), "gửi thêm");
        await resident.SayAsync(resident.Text("không có"), "thế nào");
        await resident.SayAsync(resident.Text("1"), "Gửi tin báo này");
        await resident.SayAsync(resident.Text("có"), "MỘT LẦN");
    }

    /// <summary>Each heuristic gives every resident a degree of suspicion; both directions of each measure are tried.</summary>
    private static IEnumerable<(string Name, Func<string, double> Suspicion)> Heuristics(Snapshot database)
    {
        foreach (var table in database.Tables)
        {
            var measures = new (string Name, Func<string, double> Measure)[]
            {
                ($"rows naming the resident in {table}", user => database.RowsNaming(table, user).Count),
                ($"latest time among rows naming the resident in {table}", user => database.RowsNaming(table, user).SelectMany(r => r.Times).DefaultIfEmpty(0).Max()),
                ($"times on the hour among rows naming the resident in {table}",
                    user => database.RowsNaming(table, user).SelectMany(r => r.Times).Count(t => t > 0 && t % 3_600_000 == 0)),
                ($"ids missing right after rows naming the resident in {table}", user => database.GapsAfter(table, user)),
                ($"ids missing right before rows naming the resident in {table}", user => database.GapsBefore(table, user)),
                // Letters only: digits are times and random versions, which differ between any two residents.
                ($"size of rows naming the resident in {table}", user => database.RowsNaming(table, user).Sum(r => r.Text.Count(c => !char.IsAsciiDigit(c)))),
            };
            foreach (var (name, measure) in measures)
            {
                yield return ($"{name} (more)", measure);
                yield return ($"{name} (fewer)", user => -measure(user));
            }
        }
        // Counters: a count of turns, less the turns the resident's records show, is the number of hidden ones.
        foreach (var (table, column) in new[] { ("service.conversation_states", "version"), ("service.residents", "version") })
        {
            yield return ($"{table}.{column} beyond the resident's transcript lines", user =>
                database.Value(table, column, user) is { } count && count - database.RowsNaming("service.transcript_entries", user).Count(r => Equals(r.Values.GetValueOrDefault("direction"), "in")) > 0 ? 1 : 0);
        }
        // The flow's leftovers: a state that remembers something, or a reply still held for the resident.
        yield return ("a private flow's entry kept in the state", user => database.RowsNaming("service.conversation_states", user).Count(r => r.Values.GetValueOrDefault("private_entry") is not null));
        yield return ("the resident's last activity later than their last transcript line", user =>
            database.Value("service.residents", "last_interaction_at", user) is { } last
            && last > database.RowsNaming("service.transcript_entries", user).SelectMany(r => r.Times).DefaultIfEmpty(0).Max() + 1000 ? 1 : 0);
    }

    private async Task WaitUntilSettledAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (_service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'pending'") > 0
               || _service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status IN ('pending', 'sending')") > 0
               || _service.Query<long>("SELECT count(*) FROM tipoff_evidence WHERE status = 'pending'") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the service did not settle");
            await Task.Delay(50);
        }
    }

    /// <summary>Every row of every table as the analyst reads the file: values, times (columns ending in _at) and ids.</summary>
    private sealed class Snapshot
    {
        private readonly Dictionary<string, List<Row>> _rows = [];

        public IEnumerable<string> Tables => _rows.Keys.Order(StringComparer.Ordinal);

        public static Snapshot Read(IEnumerable<string> paths)
        {
            var snapshot = new Snapshot();
            foreach (var path in paths)
            {
                snapshot.ReadFile(path);
            }
            return snapshot;
        }

        // Tables are named by file and table: "service.inbox_messages", "reminders.qrtz_triggers".
        private void ReadFile(string path)
        {
            var file = Path.GetFileNameWithoutExtension(path);
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            foreach (var table in connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            {
                using var command = connection.CreateCommand();
                // The rowid too: a table without an id of its own still has an order of insertion.
                var withoutRowid = connection.ExecuteScalar<string>("SELECT sql FROM sqlite_master WHERE name = @table", new { table })!
                    .Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
                command.CommandText = withoutRowid ? $"SELECT NULL AS analyst_rowid, * FROM \"{table}\"" : $"SELECT rowid AS analyst_rowid, * FROM \"{table}\"";
                using var reader = command.ExecuteReader();
                var rows = new List<Row>();
                while (reader.Read())
                {
                    var text = new StringBuilder();
                    var values = new Dictionary<string, object?>(StringComparer.Ordinal);
                    for (var i = 1; i < reader.FieldCount; i++)
                    {
                        var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                        values[reader.GetName(i)] = value;
                        text.Append(value is byte[] blob ? Encoding.UTF8.GetString(blob) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append(" | ");
                    }
                    rows.Add(new Row(reader.IsDBNull(0) ? null : reader.GetInt64(0), text.ToString(), values));
                }
                _rows[$"{file}.{table}"] = rows;
            }
        }

        public List<Row> RowsNaming(string table, string userId) =>
            _rows.TryGetValue(table, out var rows) ? rows.Where(r => r.Text.Contains(userId, StringComparison.Ordinal)).ToList() : [];

        public int GapsAfter(string table, string userId) => Gaps(table, userId, +1);

        public int GapsBefore(string table, string userId) => Gaps(table, userId, -1);

        private int Gaps(string table, string userId, int step)
        {
            var ids = _rows[table].Where(r => r.Id is not null).Select(r => r.Id!.Value).ToHashSet();
            var max = ids.Count == 0 ? 0 : ids.Max();
            return RowsNaming(table, userId).Count(r => r.Id is { } id && id + step > 0 && id + step < max && !ids.Contains(id + step));
        }

        /// <summary>The integer in <paramref name="column"/> of the row naming the resident, if there is one.</summary>
        public long? Value(string table, string column, string userId) =>
            RowsNaming(table, userId).FirstOrDefault()?.Values.GetValueOrDefault(column) as long?;

        public sealed record Row(long? Id, string Text, IReadOnlyDictionary<string, object?> Values)
        {
            /// <summary>The row's times: its integer columns named *_at.</summary>
            public IEnumerable<long> Times => Values.Where(v => v.Key.EndsWith("_at", StringComparison.Ordinal) && v.Value is long).Select(v => (long)v.Value!);
        }
    }
}
