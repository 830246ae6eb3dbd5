using System.Text;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Dossiers;

/// <summary>Residents look up a dossier from the menu, by keywords with the code, or by answering the question.</summary>
public sealed class DossierLookupDialogTests : IAsyncLifetime
{
    private const string List = """
        ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu
        G01.123-240101-0001;tam-tru-dang-ky;Đã có kết quả;05/01/2024;Nhận tại quầy số 2
        G01.123-240101-0002;Cấp giấy xác nhận;Cần bổ sung;06/01/2024;
        """;

    // A list that gives the registered phone number, and an internal note the office keeps for itself.
    private const string ListWithPhones = """
        ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu;so_dien_thoai;ghi_chu_noi_bo
        G01.123-240101-0010;tam-tru-dang-ky;Đã có kết quả;08/01/2024;Mời nhận tại quầy số 3;0912 346 789;Anh Tuấn gọi nhiều lần, đã hẹn
        G01.123-240101-0011;Cấp giấy xác nhận;Đang xử lý;09/01/2024;;(+84) 987 650 001;
        """;

    private readonly ConversationHarness _harness = ConversationHarness.Create();

    private T Query<T>(string sql)
    {
        using var connection = _harness.Services.GetRequiredService<ChatAssistant.Storage.SqliteConnectionFactory>().Open();
        return Dapper.SqlMapper.ExecuteScalar<T>(connection, sql)!;
    }

    /// <summary>The lookup's number in the main menu, wherever the features before it put it.</summary>
    private string MenuLine => (_harness.Services.GetRequiredService<MainMenu>().Entries
        .Select((entry, index) => (entry, index)).Single(e => e.entry.TitleTextKey == DossierTexts.MenuTitle).index + 1)
        .ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        var import = _harness.Services.GetRequiredService<DossierImport>();
        await import.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(List)), _harness.AccountId);
        await import.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("code;procedure;status;date\nOTHER-0001;Đăng ký tạm trú;ready;2024-01-01\n")), "another-oa");
        await import.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(ListWithPhones)), _harness.AccountId);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task MenuLineAsksForTheCodeThenAnswersWithStatusDateNoteAndWhatToDo() =>
        await _harness.Resident().Send("menu").AssertReplyContains($"{MenuLine}. Tra cứu kết quả hồ sơ", "Gặp cán bộ")
            .Send(MenuLine).AssertReplyContains("nhập mã hồ sơ")
            .Send("g01.123-240101-0001")
            .AssertReplyContains("Hồ sơ G01.123-240101-0001", "Thủ tục: Đăng ký tạm trú", "Trạng thái: Đã có kết quả (ngày 05/01/2024)",
                "Ghi chú: Nhận tại quầy số 2", "mang giấy biên nhận và căn cước")
            .AssertNoReply();

    [Theory]
    [InlineData("tra cuu ho so g01.123 - 240101 - 0002")]
    [InlineData("Tra cứu hồ sơ G01.123-240101-0002 giúp em ạ")]
    [InlineData("ma ho so G01.123-240101-0002")]
    // The whole shape a receipt prints, in a sentence that does not say "hồ sơ".
    [InlineData("à nhầm, mã đúng là G01.123-240101-0002 ạ, em gõ lại cho chắc")]
    public async Task MessageWithTheCodeIsAnsweredAtOnce(string message) =>
        await _harness.Resident().Send(message)
            .AssertReplyContains("Hồ sơ G01.123-240101-0002", "Thủ tục: Cấp giấy xác nhận", "Trạng thái: Cần bổ sung (ngày 06/01/2024)", "giấy tờ cần bổ sung")
            .AssertNoReply();

    [Fact]
    public async Task UnknownCodeIsApologisedForWithWhereToTurn() =>
        await _harness.Resident().Send("tra cứu hồ sơ G01.123-240101-9999")
            .AssertReplyContains("Xin lỗi", "chưa tìm thấy hồ sơ có mã G01.123-240101-9999", "giấy biên nhận", "cập nhật", "gặp cán bộ")
            .AssertNoReply();

    [Fact]
    public async Task AnotherAccountsDossierIsNotFound() =>
        await _harness.Resident().Send("tra cuu ho so other-0001").AssertReplyContains("chưa tìm thấy hồ sơ có mã OTHER-0001");

    [Fact]
    public async Task AnswerWithoutACodeIsAskedAgainPolitelyThenGivenUp() =>
        await _harness.Resident().Send("tra cứu hồ sơ").AssertReplyContains("nhập mã hồ sơ")
            .Send("không biết").AssertReplyContains("Xin lỗi, chúng tôi chưa thấy mã hồ sơ", "nhập mã hồ sơ")
            .Send("abc").AssertReplyContains("Xin lỗi, chúng tôi chưa thấy mã hồ sơ")
            .Send("xyz").AssertReplyContains("chưa nhận được mã hồ sơ", "gặp cán bộ")
            .AssertNoReply()
            // The flow is over: the next message goes to the router again.
            .Send("xin chào").AssertReplyContains("Xin chào", $"{MenuLine}. Tra cứu kết quả hồ sơ");

    [Fact]
    public async Task TheEleventhLookupWithinAnHourIsRefusedPolitelySayingWhenWithoutLookingUp()
    {
        var resident = _harness.Resident();
        for (var i = 0; i < 10; i++)
        {
            // 09:00, 09:01, ... 09:09 in Vietnam.
            await resident.Send("tra cứu hồ sơ G01.123-240101-0002").AssertReplyContains("Trạng thái: Cần bổ sung").Wait(TimeSpan.FromMinutes(1));
        }
        await resident.Send("tra cứu hồ sơ G01.123-240101-0001")
            .AssertReply(reply =>
            {
                var text = ConversationFlow.TextOf(reply);
                Assert.Contains("Xin lỗi, bạn đã tra cứu nhiều lần", text, StringComparison.Ordinal);
                Assert.Contains("tra cứu lại sau 10:00", text, StringComparison.Ordinal);
                Assert.DoesNotContain("G01.123-240101-0001", text, StringComparison.Ordinal);
            })
            .AssertNoReply()
            // Asked from the menu, the resident is told at once rather than asked for a code.
            .Send("tra cứu hồ sơ").AssertReplyContains("tra cứu lại sau 10:00").AssertNoReply()
            // When the first lookup leaves the hour, one more is free.
            .Wait(TimeSpan.FromMinutes(50))
            .Send("tra cứu hồ sơ G01.123-240101-0001").AssertReplyContains("Trạng thái: Đã có kết quả")
            .Send("tra cứu hồ sơ G01.123-240101-0001").AssertReplyContains("tra cứu lại sau 10:01");
    }

    [Fact]
    public async Task TheLimitIsEachResidentsOwn()
    {
        var first = _harness.Resident("resident-1");
        for (var i = 0; i < 10; i++)
        {
            await first.Send("tra cứu hồ sơ G01.123-240101-0002").AssertReplyContains("Trạng thái: Cần bổ sung");
        }
        await first.Send("tra cứu hồ sơ G01.123-240101-0002").AssertReplyContains("tra cứu nhiều lần");

        await _harness.Resident("resident-2").Send("tra cứu hồ sơ G01.123-240101-0002").AssertReplyContains("Trạng thái: Cần bổ sung");
    }

    [Fact]
    public async Task TheNumberAndThePeriodAreSettings()
    {
        await using var harness = ConversationHarness.Create(settings: new Dictionary<string, string?>
        {
            ["Dossiers:MaxLookupsPerResident"] = "2",
            ["Dossiers:LookupPeriod"] = "1.00:00:00",
        });
        await harness.Services.GetRequiredService<DossierImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(List)), harness.AccountId);

        // A day from 09:00 on 1 December: the day is said, since it is not today.
        await harness.Resident().Send("tra cứu hồ sơ G01.123-240101-0001").AssertReplyContains("Trạng thái: Đã có kết quả")
            .Send("tra cứu hồ sơ G01.123-240101-9999").AssertReplyContains("chưa tìm thấy hồ sơ")
            .Send("tra cứu hồ sơ G01.123-240101-0001").AssertReplyContains("tra cứu lại sau 09:00 ngày 02/12/2026");
    }

    [Theory]
    [InlineData("6789")]
    [InlineData("so cuoi 6789")]
    [InlineData("6 7 8 9")]
    [InlineData("4 số cuối là 6789 ạ")]
    [InlineData("0912346789")]
    public async Task ADossierWithARegisteredPhoneIsShownOnlyAfterItsLastFourDigits(string answer) =>
        await _harness.Resident().Send("tra cứu hồ sơ G01.123-240101-0010")
            .AssertReply(reply =>
            {
                var text = ConversationFlow.TextOf(reply);
                Assert.Contains("4 số cuối của số điện thoại đã đăng ký", text, StringComparison.Ordinal);
                Assert.Contains("G01.123-240101-0010", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Trạng thái", text, StringComparison.Ordinal);
            })
            .AssertNoReply()
            .Send(answer)
            .AssertReplyContains("Hồ sơ G01.123-240101-0010", "Trạng thái: Đã có kết quả (ngày 08/01/2024)", "Ghi chú: Mời nhận tại quầy số 3")
            .AssertNoReply();

    [Fact]
    public async Task TheCodeAskedForFirstAndThenTheDigitsAlsoWork() =>
        await _harness.Resident().Send("tra cứu hồ sơ").AssertReplyContains("nhập mã hồ sơ")
            .Send("G01.123-240101-0011").AssertReplyContains("4 số cuối")
            .Send("0001").AssertReplyContains("Trạng thái: Đang xử lý");

    [Fact]
    public async Task OnlyWhatIsMeantForResidentsIsShown()
    {
        await _harness.Resident().Send("tra cứu hồ sơ G01.123-240101-0010").AssertReplyContains("4 số cuối")
            .Send("6789")
            .AssertReply(reply =>
            {
                var text = ConversationFlow.TextOf(reply);
                Assert.Contains("Ghi chú: Mời nhận tại quầy số 3", text, StringComparison.Ordinal);
                // Neither the office's internal note nor anything of the number.
                Assert.DoesNotContain("Anh Tuấn", text, StringComparison.Ordinal);
                Assert.DoesNotContain("6789", text, StringComparison.Ordinal);
                Assert.DoesNotContain("0912", text, StringComparison.Ordinal);
            });

        // The digits are kept out of the transcript, as every answer a question marks sensitive.
        Assert.Equal(2L, Query<long>("SELECT count(*) FROM transcript_entries WHERE direction = 'in'"));
        Assert.Equal(0L, Query<long>("SELECT count(*) FROM transcript_entries WHERE text LIKE '%6789%'"));
    }

    [Fact]
    public async Task WrongDigitsShowNothingAndAFewEndTheLookup() =>
        await _harness.Resident().Send("tra cứu hồ sơ G01.123-240101-0010").AssertReplyContains("4 số cuối")
            .Send("1234").AssertReply(reply =>
            {
                var text = ConversationFlow.TextOf(reply);
                Assert.StartsWith("Xin lỗi, 4 số cuối chưa đúng", text, StringComparison.Ordinal);
                Assert.Contains("nhập 4 số cuối", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Trạng thái", text, StringComparison.Ordinal);
            })
            .Send("so cuoi 1111").AssertReplyContains("4 số cuối chưa đúng")
            .Send("2 2 2 2").AssertReply(reply =>
            {
                var text = ConversationFlow.TextOf(reply);
                Assert.Contains("vẫn chưa đúng nên chúng tôi chưa thể cho biết kết quả hồ sơ G01.123-240101-0010", text, StringComparison.Ordinal);
                Assert.Contains("gặp cán bộ", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Trạng thái", text, StringComparison.Ordinal);
            })
            .AssertNoReply()
            // The lookup is over: the right digits now are no answer to it.
            .Send("6789").AssertReply(reply => Assert.DoesNotContain("Trạng thái", ConversationFlow.TextOf(reply), StringComparison.Ordinal));

    [Fact]
    public async Task AnAnswerWithoutFourDigitsIsAskedAgainAndIsNoWrongAnswer() =>
        await _harness.Resident().Send("tra cứu hồ sơ G01.123-240101-0010").AssertReplyContains("4 số cuối")
            .Send("abc").AssertReplyContains("Xin lỗi, chúng tôi chưa thấy 4 chữ số", "4 số cuối")
            .Send("1234").AssertReplyContains("4 số cuối chưa đúng")
            .Send("xyz").AssertReplyContains("chưa thấy 4 chữ số")
            .Send("6789").AssertReplyContains("Trạng thái: Đã có kết quả");

    [Fact]
    public async Task WrongDigitsCountAgainstTheLimit()
    {
        await using var harness = ConversationHarness.Create(settings: new Dictionary<string, string?> { ["Dossiers:MaxLookupsPerResident"] = "3" });
        await harness.Services.GetRequiredService<DossierImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(ListWithPhones)), harness.AccountId);

        // One lookup and two wrong answers are the three of the hour.
        await harness.Resident().Send("tra cứu hồ sơ G01.123-240101-0010").AssertReplyContains("4 số cuối")
            .Send("1234").AssertReplyContains("4 số cuối chưa đúng")
            .Send("4321").AssertReplyContains("4 số cuối chưa đúng").AssertReplyContains("tra cứu lại sau 10:00").AssertNoReply()
            .Send("tra cứu hồ sơ G01.123-240101-0011").AssertReplyContains("tra cứu lại sau 10:00").AssertNoReply();
    }

    [Fact]
    public async Task CodeGivenAfterARetryIsLookedUp() =>
        await _harness.Resident().Send("ket qua ho so").AssertReplyContains("nhập mã hồ sơ")
            .Send("hồ sơ của tôi").AssertReplyContains("Xin lỗi")
            .Send("mã là G01.123 - 240101 - 0001").AssertReplyContains("Trạng thái: Đã có kết quả");
}
