using System.Globalization;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Testing;

namespace ChatAssistant.Conversation.Tests.Recognizers;

/// <summary>Today is Monday 2 March 2026, 08:00 in Vietnam (<see cref="ManualClock.DefaultStart"/>).</summary>
public sealed class DateRecognizerTests
{
    private readonly DateRecognizer _recognizer = new(new ManualClock());

    [Theory]
    // Relative days.
    [InlineData("hôm nay", "2026-03-02")]
    // Telex keys left as letters (issue 14): "thuw" is "thứ", "chieuf" is "chiều".
    [InlineData("thuw 5", "2026-03-05")]
    // The Monday and the Saturday of a week (issue 14): today is Monday 2 March.
    [InlineData("đầu tuần sau", "2026-03-09")]
    [InlineData("dau tuan toi", "2026-03-09")]
    [InlineData("cuối tuần này", "2026-03-07")]
    [InlineData("cuoi tuan sau nhe", "2026-03-14")]
    [InlineData("chieuf mai", "2026-03-03")]
    [InlineData("hom nay", "2026-03-02")]
    [InlineData("nay", "2026-03-02")]
    [InlineData("HÔM NAY", "2026-03-02")]
    [InlineData("mai", "2026-03-03")]
    [InlineData("ngày mai", "2026-03-03")]
    [InlineData("ngay mai", "2026-03-03")]
    [InlineData("sáng mai", "2026-03-03")]
    [InlineData("chiều nay", "2026-03-02")]
    [InlineData("chieu nay", "2026-03-02")]
    // Unmarked, inside a request: "chieu nay", "sang mai" after other words still name the day ("hộ chiếu" does not).
    [InlineData("dat lich doi can cuoc chieu nay luc 4h", "2026-03-02")]
    [InlineData("cho em lich sang mai nhe", "2026-03-03")]
    [InlineData("ngày mốt", "2026-03-04")]
    [InlineData("ngay mot", "2026-03-04")]
    [InlineData("chiều mốt", "2026-03-04")]
    [InlineData("ngày kia", "2026-03-04")]
    [InlineData("ngay kia", "2026-03-04")]
    [InlineData("kia", "2026-03-04")]
    [InlineData("hôm qua", "2026-03-01")]
    [InlineData("tối qua", "2026-03-01")]
    [InlineData("hôm kia", "2026-02-28")]
    [InlineData("cho em đặt lịch ngày mai nhé", "2026-03-03")]
    // Weekdays: the nearest on or after today, so "thứ 2" said on a Monday is today.
    [InlineData("thứ 2", "2026-03-02")]
    [InlineData("thứ 3", "2026-03-03")]
    [InlineData("thu 3", "2026-03-03")]
    [InlineData("t3", "2026-03-03")]
    [InlineData("T7", "2026-03-07")]
    [InlineData("thứ hai", "2026-03-02")]
    [InlineData("thứ tư", "2026-03-04")]
    [InlineData("thu tu", "2026-03-04")]
    [InlineData("thứ năm", "2026-03-05")]
    [InlineData("thứ sáu", "2026-03-06")]
    [InlineData("thứ bảy", "2026-03-07")]
    [InlineData("thu bay", "2026-03-07")]
    [InlineData("chủ nhật", "2026-03-08")]
    // A slip in the marks of a phrase's second word, after a first typed as it should be.
    [InlineData("chủ nhât này", "2026-03-08")]
    [InlineData("chu nhat", "2026-03-08")]
    [InlineData("cn", "2026-03-08")]
    // Weekdays in a named week, weeks starting on Monday.
    [InlineData("thứ 3 tuần sau", "2026-03-10")]
    // A slip in the marks of one word of the phrase ("tuân" for "tuần") keeps the phrase.
    [InlineData("thứ 3 tuân sau", "2026-03-10")]
    [InlineData("thu 3 tuan sau", "2026-03-10")]
    [InlineData("thứ 2 tuần tới", "2026-03-09")]
    [InlineData("tuần sau thứ 5", "2026-03-12")]
    [InlineData("chủ nhật tuần sau", "2026-03-15")]
    [InlineData("thứ 6 tuần này", "2026-03-06")]
    [InlineData("thứ 2 tuần trước", "2026-02-23")]
    [InlineData("hẹn thứ 3 tuần sau nhé", "2026-03-10")]
    // The tone mark slipped: before a weekday's number it is still "thứ".
    [InlineData("thú 2 tuần sau nha", "2026-03-09")]
    [InlineData("thừ 3 tuần sau", "2026-03-10")]
    // Dates written out; without a year, a date already past means next year's.
    [InlineData("15/12", "2026-12-15")]
    [InlineData("15-12", "2026-12-15")]
    [InlineData("15.12", "2026-12-15")]
    [InlineData("15/12/2026", "2026-12-15")]
    [InlineData("15-12-2026", "2026-12-15")]
    [InlineData("15/12/26", "2026-12-15")]
    [InlineData("15/12/2025", "2025-12-15")]
    [InlineData("2/3", "2026-03-02")]
    [InlineData("1/3", "2027-03-01")]
    [InlineData("ngày 15", "2026-03-15")]
    [InlineData("ngay 15", "2026-03-15")]
    [InlineData("ngày 1", "2026-04-01")]
    [InlineData("ngày một", "2026-04-01")]
    [InlineData("mùng 5", "2026-03-05")]
    [InlineData("ngày 15 tháng 12", "2026-12-15")]
    [InlineData("15 thang 12", "2026-12-15")]
    [InlineData("ngày 15 tháng 12 năm 2027", "2027-12-15")]
    [InlineData("ngày mười lăm tháng chạp", "2026-12-15")]
    [InlineData("ngày 15 tháng sau", "2026-04-15")]
    [InlineData("ngay mot thang 5", "2026-05-01")]
    [InlineData("cho tôi đặt lịch ngày 20/3 ạ", "2026-03-20")]
    [InlineData("thứ 3 ngày 15/12", "2026-12-15")]
    // "ngày không" closes a question ("có làm cả ngày không"): the weekday is the date asked about.
    [InlineData("Thứ Sáu có làm cả ngày không?", "2026-03-06")]
    public void DateIsRead(string text, string expected)
    {
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), _recognizer.Recognize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mot")]
    [InlineData("một")]
    [InlineData("tháng sau")]
    [InlineData("tuần sau")]
    [InlineData("31/2")]
    [InlineData("32/1")]
    [InlineData("15/13")]
    [InlineData("ngày 31 tháng 4")]
    [InlineData("29/2")]
    [InlineData("ngày 32")]
    [InlineData("thứ 8")]
    [InlineData("2")]
    [InlineData("abc")]
    [InlineData("tuần này tôi bận")]
    [InlineData("0912.345.678")]
    [InlineData("chị Mai ơi cho hỏi")]
    [InlineData("lam ho chieu nay mat bao lau")]
    [InlineData("8h30")]
    [InlineData("14:00")]
    [InlineData("ngày không")]
    public void TextWithoutAValidDateIsNull(string? text)
    {
        Assert.Null(_recognizer.Recognize(text));
    }

    [Fact]
    public void TodayIsTheDateInVietnamNotInUtc()
    {
        // 18:00 UTC on Sunday 1 March is already 01:00 on Monday 2 March in Hà Nội.
        var recognizer = new DateRecognizer(new ManualClock(new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 3, 2), recognizer.Recognize("hôm nay"));
        Assert.Equal(new DateOnly(2026, 3, 3), recognizer.Recognize("mai"));
    }

    [Fact]
    public void WeekdayOfTodayMeansTodayAndNextWeekMeansSevenDaysLater()
    {
        var tuesday = new DateRecognizer(new ManualClock(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(7))));

        Assert.Equal(new DateOnly(2026, 3, 3), tuesday.Recognize("thứ 3"));
        Assert.Equal(new DateOnly(2026, 3, 10), tuesday.Recognize("thứ 3 tuần sau"));
        Assert.Equal(new DateOnly(2026, 3, 9), tuesday.Recognize("thứ 2"));
    }

    [Fact]
    public void DayAndMonthAlreadyPastOnNewYearsEveMeansNextYear()
    {
        var newYearsEve = new DateRecognizer(new ManualClock(new DateTimeOffset(2026, 12, 31, 10, 0, 0, TimeSpan.FromHours(7))));

        Assert.Equal(new DateOnly(2027, 1, 5), newYearsEve.Recognize("5/1"));
        Assert.Equal(new DateOnly(2027, 1, 1), newYearsEve.Recognize("mai"));
        Assert.Equal(new DateOnly(2027, 1, 15), newYearsEve.Recognize("ngày 15"));
    }
}
