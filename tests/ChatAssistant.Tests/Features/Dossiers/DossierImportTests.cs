using System.Text;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Tests.Features.TipOffs;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.Dossiers;

public sealed class DossierImportTests : IAsyncLifetime
{
    private const string Oa = "oa-1";
    private const string OtherOa = "oa-2";

    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private DossierStore _store = null!;
    private ProcedureCatalogue _catalogue = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _store = new DossierStore(_db.Connections);
        _catalogue = ProcedureCatalogue.Load(Path.Combine(RepositoryFiles.DialogsFolder, ProcedureCatalogue.FolderName));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private readonly TipOffCipher _cipher = new(TipOffKeys.Options());

    private DossierPhoneCheck Phones => new(new DossierPhoneKey(_db.Connections, _db.Writer, _cipher));

    private Task<DossierImportReport> Import(string csv, string oaId = Oa, int batchSize = 2000, int maxListed = 1000, bool bom = false)
    {
        var import = new DossierImport(_db.Writer, new CatalogueProcedures(_catalogue), Phones, _clock,
            Options.Create(new DossierOptions { ImportBatchSize = batchSize, MaxRejectedListed = maxListed }));
        var bytes = Encoding.UTF8.GetBytes(csv);
        var stream = new MemoryStream(bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        return import.ImportAsync(stream, oaId);
    }

    private long Count(string sql)
    {
        using var connection = _db.Connections.Open();
        return connection.ExecuteScalar<long>(sql);
    }

    private const string Vietnamese = """
        ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu
        G01.123-240101-0001;Đăng ký tạm trú;Đã có kết quả;05/01/2024;Mang theo bản gốc
        G01.123-240101-0002;Cấp đổi căn cước;Dang xu ly;2024-01-06;
        """;

    [Fact]
    public async Task VietnameseHeaderSemicolonsAndLabelsAreStored()
    {
        var report = await Import(Vietnamese);

        Assert.Equal((2L, 2L, 0L, 0L, 0L), (report.Accepted, report.Inserted, report.Updated, report.Unchanged, report.RejectedTotal));
        var ready = _store.Find(Oa, "G01.123-240101-0001");
        Assert.NotNull(ready);
        Assert.Equal(("Đăng ký tạm trú", "tam-tru-dang-ky", DossierStatus.Ready, new DateOnly(2024, 1, 5), "Mang theo bản gốc", ManualClock.DefaultStart),
            (ready.Procedure, ready.ProcedureId, ready.Status, ready.StatusDate, ready.Note, ready.ImportedAt));
        var processing = _store.Find(Oa, "G01.123-240101-0002");
        Assert.Equal((DossierStatus.Processing, new DateOnly(2024, 1, 6), (string?)null), (processing?.Status, processing?.StatusDate, processing?.Note));
    }

    [Fact]
    public async Task EnglishHeaderCommasCodesAndABomAreStoredAlike()
    {
        const string csv = """
            Code,Procedure,Status,Date,Note,Officer
            G01.123-240101-0001,Đăng ký tạm trú,ready,5/1/2024,"Mang theo bản gốc, căn cước",Lan
            G01.123-240101-0002,Thủ tục không có trong danh mục,needs-more,2024-01-06,
            """;

        var report = await Import(csv, bom: true);

        Assert.Equal((2L, 0L), (report.Accepted, report.RejectedTotal));
        Assert.Equal((DossierStatus.Ready, "Mang theo bản gốc, căn cước"), (_store.Find(Oa, "G01.123-240101-0001")?.Status, _store.Find(Oa, "G01.123-240101-0001")?.Note));
        var unknown = _store.Find(Oa, "g01.123-240101-0002");
        Assert.Equal(("Thủ tục không có trong danh mục", (string?)null, DossierStatus.NeedsMore), (unknown?.Procedure, unknown?.ProcedureId, unknown?.Status));
    }

    [Fact]
    public async Task HeaderWithDiacriticsAndSpacesIsUnderstood()
    {
        const string csv = "Mã hồ sơ;Thủ tục;Trạng thái;Ngày\nHS-2024-0001;1.004194;Từ chối;31/12/2024\n";

        var report = await Import(csv);

        Assert.Equal(1L, report.Inserted);
        var dossier = _store.Find(Oa, "hs-2024-0001");
        Assert.Equal((DossierStatus.Rejected, "tam-tru-dang-ky"), (dossier?.Status, dossier?.ProcedureId));
    }

    [Fact]
    public async Task FileWithoutTheRequiredColumnsIsRefusedWhole()
    {
        var refused = await Assert.ThrowsAsync<InvalidDossierFileException>(() => Import("ma_ho_so;trang_thai\nG01-1;ready\n"));

        Assert.Contains("procedure, date", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, Count("SELECT count(*) FROM dossiers"));
    }

    [Fact]
    public async Task BadRowsAreRejectedWithTheirLineAndReasonAndGoodRowsStillStored()
    {
        const string csv = """
            ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu
            G01-0001;Đăng ký tạm trú;Đã tiếp nhận;01/02/2024;
            ;Đăng ký tạm trú;Đã tiếp nhận;01/02/2024;
            G01-0003;Đăng ký tạm trú;Chờ xem xét;01/02/2024;
            G01-0004;Đăng ký tạm trú;received;31/02/2024;
            G01-0005;Đăng ký tạm trú;received;;
            G01/0006;Đăng ký tạm trú;received;01/02/2024;
            ;;;;
            G01-0007;;received;01/02/2024;
            G01-0008;Đăng ký tạm trú;received;01/02/2024;
            """;

        var report = await Import(csv);

        Assert.Equal((2L, 6L), (report.Accepted, report.RejectedTotal));
        Assert.Equal(
            [(3L, null), (4L, "G01-0003"), (5L, "G01-0004"), (6L, "G01-0005"), (7L, "G01/0006"), (9L, "G01-0007")],
            report.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Contains("code is empty", report.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("'Chờ xem xét' is unknown", report.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains("'31/02/2024' is not a date", report.Rejected[2].Reason, StringComparison.Ordinal);
        Assert.Contains("date is empty", report.Rejected[3].Reason, StringComparison.Ordinal);
        Assert.Contains("code is not valid", report.Rejected[4].Reason, StringComparison.Ordinal);
        Assert.Contains("procedure is empty", report.Rejected[5].Reason, StringComparison.Ordinal);
        Assert.NotNull(_store.Find(Oa, "G01-0008"));
    }

    [Fact]
    public async Task OverlongFieldsAreRejected()
    {
        var csv = "code,procedure,status,date,note\n" +
            $"G01-0001,{new string('x', DossierRowCheck.MaxProcedureLength + 1)},ready,01/02/2024,\n" +
            $"G01-0002,Đăng ký tạm trú,ready,01/02/2024,{new string('y', DossierRowCheck.MaxNoteLength + 1)}\n";

        var report = await Import(csv);

        Assert.Equal([(2L, "procedure is longer"), (3L, "note is longer")],
            report.Rejected.Select(r => (r.Line, r.Reason.Contains("procedure is longer", StringComparison.Ordinal) ? "procedure is longer" : r.Reason.Contains("note is longer", StringComparison.Ordinal) ? "note is longer" : r.Reason)));
        Assert.Equal(0, Count("SELECT count(*) FROM dossiers"));
    }

    [Fact]
    public async Task SecondLineWithTheSameCodeIsRejectedAndTheFirstKept()
    {
        const string csv = """
            code;procedure;status;date
            G01-0001;Đăng ký tạm trú;processing;01/02/2024
            g01 - 0001;Đăng ký tạm trú;ready;03/02/2024
            """;

        var report = await Import(csv);
        var again = await Import(csv);

        Assert.Equal((1L, 1L), (report.Inserted, report.RejectedTotal));
        Assert.Equal((3L, "g01 - 0001"), (report.Rejected[0].Line, report.Rejected[0].Code));
        Assert.Contains("already on line 2", report.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Processing, _store.Find(Oa, "G01-0001")?.Status);
        Assert.Equal((1L, 0L, 1L), (again.Unchanged, again.Updated, again.RejectedTotal));
    }

    [Fact]
    public async Task SameFileTwiceIsAllUnchangedAndAChangedStatusIsUpdated()
    {
        await Import(Vietnamese, batchSize: 1);
        _clock.Advance(TimeSpan.FromDays(1));

        var again = await Import(Vietnamese, batchSize: 1);
        var changed = await Import(Vietnamese.Replace("Dang xu ly", "Đã có kết quả", StringComparison.Ordinal), batchSize: 1);

        Assert.Equal((2L, 0L, 0L, 2L), (again.Accepted, again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal((0L, 1L, 1L), (changed.Inserted, changed.Updated, changed.Unchanged));
        var updated = _store.Find(Oa, "G01.123-240101-0002");
        Assert.Equal((DossierStatus.Ready, ManualClock.DefaultStart, ManualClock.DefaultStart.AddDays(1)),
            (updated?.Status, updated?.ImportedAt, updated?.UpdatedAt));
        Assert.Equal(ManualClock.DefaultStart, _store.Find(Oa, "G01.123-240101-0001")?.UpdatedAt);
    }

    [Fact]
    public async Task AccountsKeepTheirOwnDossiers()
    {
        await Import(Vietnamese, Oa);
        await Import(Vietnamese.Replace("Đã có kết quả", "Từ chối", StringComparison.Ordinal), OtherOa);

        Assert.Equal(DossierStatus.Ready, _store.Find(Oa, "G01.123-240101-0001")?.Status);
        Assert.Equal(DossierStatus.Rejected, _store.Find(OtherOa, "G01.123-240101-0001")?.Status);
        Assert.Null(_store.Find("oa-3", "G01.123-240101-0001"));
        Assert.Equal(4, Count("SELECT count(*) FROM dossiers"));
    }

    [Fact]
    public async Task RowsAcrossManyBatchesAreAllCounted()
    {
        var csv = new StringBuilder("code,procedure,status,date\n");
        for (var i = 0; i < 2_503; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"HS-{i:D6},Đăng ký tạm trú,received,2024-01-01\n");
        }

        var report = await Import(csv.ToString(), batchSize: 500);

        Assert.Equal((2_503L, 2_503L), (report.Accepted, report.Inserted));
        Assert.Equal(2_503, Count("SELECT count(*) FROM dossiers"));
        Assert.NotNull(_store.Find(Oa, "hs-002502"));
    }

    [Fact]
    public async Task RejectedListIsCappedButTheTotalCountsThemAll()
    {
        var csv = new StringBuilder("code,procedure,status,date\n");
        for (var i = 0; i < 30; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"HS-{i:D4},Đăng ký tạm trú,unknown,2024-01-01\n");
        }

        var report = await Import(csv.ToString(), maxListed: 10);

        Assert.Equal((30L, 10), (report.RejectedTotal, report.Rejected.Count));
        Assert.Equal(2L, report.Rejected[0].Line);
    }

    [Fact]
    public async Task RowWithBrokenQuotesIsRejectedAndTheRestRead()
    {
        const string csv = "code,procedure,status,date\nHS-0001,Đăng \"ký tạm trú,ready,2024-01-01\nHS-0002,Đăng ký tạm trú,ready,2024-01-01\n";

        var report = await Import(csv);

        Assert.Equal((1L, 1L, 2L), (report.Accepted, report.RejectedTotal, report.Rejected[0].Line));
        Assert.NotNull(_store.Find(Oa, "HS-0002"));
    }
    private const string WithPhones = """
        ma_ho_so;thu_tuc;trang_thai;ngay;so_dien_thoai
        G01-0001;Đăng ký tạm trú;Đã có kết quả;05/01/2024;0912 345 678
        G01-0002;Đăng ký tạm trú;Đang xử lý;06/01/2024;
        G01-0003;Đăng ký tạm trú;Đang xử lý;06/01/2024;+84 987 654 321
        """;

    [Fact]
    public async Task APhoneNumberIsKeptAsATagOfItsLastDigitsOnly()
    {
        var report = await Import(WithPhones);

        Assert.Equal((3L, 0L), (report.Accepted, report.RejectedTotal));
        var phones = Phones;
        var withPhone = _store.Find(Oa, "G01-0001")!;
        Assert.True(phones.Matches(withPhone, "5678"));
        Assert.False(phones.Matches(withPhone, "5679"));
        Assert.True(phones.Matches(_store.Find(Oa, "G01-0003")!, "4321"));
        Assert.Null(_store.Find(Oa, "G01-0002")!.PhoneTag);
        // Nothing of the number is in the row as it was written: not the number, not its last digits.
        using var connection = _db.Connections.Open();
        var row = connection.QuerySingle<(string Code, string Procedure, string Status, string Date, string? Note, byte[] Tag)>(
            "SELECT code, procedure_name, status, status_date, note, phone_tag FROM dossiers WHERE code_key = 'G01-0001'");
        Assert.Equal(32, row.Tag.Length);
        Assert.DoesNotContain("5678", string.Join("|", row.Code, row.Procedure, row.Status, row.Date, row.Note), StringComparison.Ordinal);
        // The tag's bytes are not the digits' (its hex, like any 32 random bytes', may hold any four digits by chance).
        Assert.DoesNotContain("5678", System.Text.Encoding.Latin1.GetString(row.Tag), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sdt")]
    [InlineData("Số điện thoại")]
    [InlineData("SĐT")]
    [InlineData("Phone number")]
    public async Task ThePhoneColumnIsFoundByItsUsualNames(string header)
    {
        await Import($"ma_ho_so;thu_tuc;trang_thai;ngay;{header}\nG01-0001;Đăng ký tạm trú;ready;2024-01-05;0912345678\n");

        Assert.True(Phones.Matches(_store.Find(Oa, "G01-0001")!, "5678"));
    }

    [Theory]
    [InlineData("912345678")]
    [InlineData("0912.345.678")]
    [InlineData("(+84) 912-345-678")]
    [InlineData("84912345678")]
    [InlineData("024 3825 5678")]
    public async Task NumbersAreReadAsOfficesWriteThemAndAsSpreadsheetsLeaveThem(string phone)
    {
        // A spreadsheet that takes the column for numbers drops the leading 0.
        await Import($"ma_ho_so;thu_tuc;trang_thai;ngay;so_dien_thoai\nG01-0001;Đăng ký tạm trú;ready;2024-01-05;{phone}\n");

        Assert.True(Phones.Matches(_store.Find(Oa, "G01-0001")!, "5678"));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("không có")]
    [InlineData("0123456789")]
    public async Task ARowWhosePhoneIsNoPhoneNumberIsRefusedWithoutRepeatingIt(string phone)
    {
        var report = await Import($"ma_ho_so;thu_tuc;trang_thai;ngay;so_dien_thoai\nG01-0001;Đăng ký tạm trú;ready;2024-01-05;{phone}\nG01-0002;Đăng ký tạm trú;ready;2024-01-05;0912345678\n");

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((2L, "G01-0001"), (rejected.Line, rejected.Code));
        Assert.StartsWith("The phone number is not a Vietnamese phone number", rejected.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, rejected.Reason, StringComparison.Ordinal);
        Assert.Null(_store.Find(Oa, "G01-0001"));
        Assert.NotNull(_store.Find(Oa, "G01-0002"));
    }

    [Fact]
    public async Task TheSameListAgainIsUnchangedAndANewNumberOrNoneIsAnUpdate()
    {
        await Import(WithPhones);

        var again = await Import(WithPhones);
        var changed = await Import(WithPhones.Replace("0912 345 678", "0912 345 000", StringComparison.Ordinal).Replace("+84 987 654 321", "", StringComparison.Ordinal));

        Assert.Equal((0L, 3L), (again.Updated, again.Unchanged));
        Assert.Equal((2L, 1L), (changed.Updated, changed.Unchanged));
        Assert.True(Phones.Matches(_store.Find(Oa, "G01-0001")!, "5000"));
        Assert.Null(_store.Find(Oa, "G01-0003")!.PhoneTag);
    }

    [Fact]
    public async Task TheSameDigitsMakeDifferentTagsForDifferentDossiers()
    {
        await Import("ma_ho_so;thu_tuc;trang_thai;ngay;so_dien_thoai\nG01-0001;Đăng ký tạm trú;ready;2024-01-05;0912345678\nG01-0002;Đăng ký tạm trú;ready;2024-01-05;0912345678\n");
        await Import("ma_ho_so;thu_tuc;trang_thai;ngay;so_dien_thoai\nG01-0001;Đăng ký tạm trú;ready;2024-01-05;0912345678\n", OtherOa);

        using var connection = _db.Connections.Open();
        var tags = connection.Query<byte[]>("SELECT phone_tag FROM dossiers").Select(Convert.ToHexString).ToList();
        Assert.Equal(3, tags.Distinct().Count());
    }

    [Fact]
    public async Task AnInternalNoteColumnIsNeitherStoredNorReadAsTheNote()
    {
        await Import("ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu;ghi_chu_noi_bo\nG01-0001;Đăng ký tạm trú;ready;2024-01-05;Mời nhận tại quầy 2;CD hay gọi điện, đã nhắc\n");

        Assert.Equal("Mời nhận tại quầy 2", _store.Find(Oa, "G01-0001")!.Note);
        using var connection = _db.Connections.Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM dossiers WHERE procedure_name LIKE '%nhắc%' OR note LIKE '%nhắc%' OR code LIKE '%nhắc%'"));
    }
}
