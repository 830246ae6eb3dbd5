using ChatAssistant.Content;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;

namespace ChatAssistant.Tests.Features.Booking;

public sealed class BookingCalendarTests : IDisposable
{
    private const string Oa = BookingContent.OaId;
    private const string IdCard = "can-cuoc-cap-lan-dau";
    private const string Residence = "tam-tru-dang-ky";

    private readonly TempFolder _folder = new();

    // Line numbers below count from the first line of this text.
    private const string Valid = """
        holidays:
          - { from: 2026-04-30, to: 2026-05-01, name: Lễ }
        accounts:
          - oa_id: "388613280878808645"
            office: tru-so
            slot_minutes: 30
            slot_capacity: 2
            lead_time_minutes: 60
            horizon_days: 30
            max_active_per_resident: 2
            counters:
              - { id: "1", name: Quầy 1 }
            services:
              - { id: can-cuoc-cap-lan-dau, duration_minutes: 15, ticket_prefix: A, counter: "1" }
            hours:
              - days: mon-fri
                times: ["07:30-11:30", "13:30-17:00"]
            sessions:
              - id: luu-dong
                name: Lưu động
                days: null
                dates: [2026-03-08]
                times: ["08:00-10:00"]
                services: null
                capacity: 5
                place: { name: Nhà văn hoá thôn Đông, address: Thôn Đông, location: "21.04, 105.86" }
        """;

    private BookingCalendar Load(string yaml)
    {
        var file = _folder.File(BookingCalendar.FileName);
        File.WriteAllText(file, yaml);
        return BookingCalendar.Load(file, BookingContent.Catalogue, BookingContent.Offices);
    }

    private ContentException Broken(string from, string to) =>
        Assert.Throws<ContentException>(() => Load(Valid.Replace(from, to, StringComparison.Ordinal)));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RepositoryCalendarOffersIdentityCardAndResidenceWithASaturdayAndAMobileSession()
    {
        var account = BookingContent.Calendar.For(Oa);

        Assert.NotNull(account);
        Assert.All(new[] { "can-cuoc-cap-lan-dau", "can-cuoc-cap-doi", "can-cuoc-cap-lai", "thuong-tru-dang-ky", "tam-tru-dang-ky" },
            id => Assert.NotNull(account.Service(id)));
        Assert.Contains(account.Sessions, s => s.Days.SequenceEqual([DayOfWeek.Saturday]) && s.Place == account.Office);
        Assert.Contains(account.Sessions, s => s.Place != account.Office && s.Place.Location is not null);
        Assert.Equal((TimeSpan.FromHours(1), 30), (account.LeadTime, account.HorizonDays));
    }

    [Theory]
    [InlineData("2026-02-17")]
    [InlineData("2027-02-08")]
    [InlineData("2028-01-26")]
    [InlineData("2027-04-16")]
    [InlineData("2028-09-01")]
    [InlineData("2026-01-01")]
    public void RepositoryHolidaysIncludingTetHaveNoSlots(string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.NotNull(BookingContent.Calendar.HolidayOn(date));
        Assert.Empty(BookingContent.Calendar.SlotsOn(Oa, IdCard, date));
    }

    [Fact]
    public void WeekdayHasSlotsOfTheMorningAndAfternoonInUtc()
    {
        var slots = BookingContent.Calendar.SlotsOn(Oa, IdCard, new DateOnly(2027, 2, 12));

        // 07:30–11:30 and 13:30–17:00 in 30-minute slots: 8 + 7.
        Assert.Equal(15, slots.Count);
        Assert.Equal(new DateTimeOffset(2027, 2, 12, 0, 30, 0, TimeSpan.Zero), slots[0].Start);
        Assert.Equal(new DateTimeOffset(2027, 2, 12, 9, 30, 0, TimeSpan.Zero), slots[^1].Start);
        Assert.All(slots, s => Assert.Equal((2, TimeSpan.FromMinutes(30)), (s.Capacity, s.End - s.Start)));
    }

    [Fact]
    public void SaturdayHasTheMorningSessionAndSundayOnlyTheMobileSessionForIdentityCards()
    {
        var saturday = BookingContent.Calendar.SlotsOn(Oa, Residence, new DateOnly(2026, 3, 7));
        var sunday = BookingContent.Calendar.SlotsOn(Oa, IdCard, new DateOnly(2026, 3, 8));

        Assert.Equal(8, saturday.Count);
        Assert.Equal(new TimeOnly(11, 0), TimeOnly.FromDateTime(VietnamTime.ToLocal(saturday[^1].Start).DateTime));
        Assert.NotEmpty(sunday);
        Assert.All(sunday, s => Assert.Equal(("Nhà văn hoá thôn Đông", 4), (s.Place.Name, s.Capacity)));
        Assert.Empty(BookingContent.Calendar.SlotsOn(Oa, Residence, new DateOnly(2026, 3, 8)));
    }

    [Fact]
    public void DatedMobileSessionTakesItsPlaceAndCapacityOnlyOnItsDate()
    {
        var calendar = Load(Valid);

        var session = calendar.SlotsOn(Oa, IdCard, new DateOnly(2026, 3, 8));

        Assert.Equal(4, session.Count);
        Assert.All(session, s => Assert.Equal(("luu-dong", "Nhà văn hoá thôn Đông", 5), (s.SessionId, s.Place.Name, s.Capacity)));
        Assert.Empty(calendar.SlotsOn(Oa, IdCard, new DateOnly(2026, 3, 15)));
        Assert.Empty(calendar.SlotsOn(Oa, IdCard, new DateOnly(2026, 4, 30)));
        Assert.Empty(calendar.SlotsOn("other-oa", IdCard, new DateOnly(2026, 3, 9)));
        Assert.Empty(calendar.SlotsOn(Oa, Residence, new DateOnly(2026, 3, 9)));
    }

    [Theory]
    [InlineData("id: can-cuoc-cap-lan-dau,", "id: can-cuoc-khong-co,", 14, "not a procedure of the catalogue")]
    [InlineData("id: can-cuoc-cap-lan-dau,", "id: ly-lich-tu-phap,", 14, "not marked 'bookable: true'")]
    [InlineData("\"13:30-17:00\"", "\"13:30-12:00\"", 17, "must be like '07:30-11:30'")]
    [InlineData("\"08:00-10:00\"", "\"08:00-08:20\"", 23, "shorter than one slot")]
    [InlineData("to: 2026-05-01", "to: 2026-05-32", 2, "must be a date written yyyy-mm-dd")]
    [InlineData("to: 2026-05-01", "to: 2026-04-01", 2, "must not be before")]
    [InlineData("slot_capacity: 2", "slot_capacity: 0", 7, "slot_capacity must be a whole number above 0")]
    [InlineData("capacity: 5", "capacity: 0", 25, "capacity must be a whole number above 0")]
    [InlineData("ticket_prefix: A", "ticket_prefix: a1", 14, "must be one capital letter")]
    [InlineData("counter: \"1\" }", "counter: \"9\" }", 14, "not one of the account's counters")]
    [InlineData("office: tru-so", "office: nowhere", 5, "not an office of account")]
    [InlineData("dates: [2026-03-08]", "dates: [2026-03-09]", 23, "overlaps 'hours'")]
    [InlineData("times: [\"07:30-11:30\", \"13:30-17:00\"]", "times: [\"07:30-11:30\", \"13:30-17:00\"]\n      - days: wed\n        times: [\"08:00-09:00\"]", 16, "line 2 overlaps line 1")]
    [InlineData("max_active_per_resident: 2", "max_active_per_resident: 2\n    typo: 1", 11, "unknown key 'typo'")]
    public void MistakesAreReportedWithTheirLine(string from, string to, int line, string message)
    {
        var error = Broken(from, to);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }
}
