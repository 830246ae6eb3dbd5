using System.Globalization;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Testing;

namespace ChatAssistant.Conversation.Tests.Recognizers;

/// <summary>Today is Monday 2 March 2026, 08:00 in Vietnam (<see cref="ManualClock.DefaultStart"/>).</summary>
public sealed class DateTimeRecognizerTests
{
    private readonly DateTimeRecognizer _recognizer = new(new ManualClock());

    [Theory]
    [InlineData("sáng mai", "2026-03-03", null, PartOfDay.Morning)]
    [InlineData("sang mai", "2026-03-03", null, PartOfDay.Morning)]
    [InlineData("SÁNG MAI", "2026-03-03", null, PartOfDay.Morning)]
    [InlineData("chiều nay", "2026-03-02", null, PartOfDay.Afternoon)]
    [InlineData("chieu nay", "2026-03-02", null, PartOfDay.Afternoon)]
    [InlineData("tối nay", "2026-03-02", null, PartOfDay.Evening)]
    [InlineData("trưa mai", "2026-03-03", null, PartOfDay.Noon)]
    [InlineData("chiều mốt", "2026-03-04", null, PartOfDay.Afternoon)]
    [InlineData("8h sáng mai", "2026-03-03", "08:00", PartOfDay.Morning)]
    [InlineData("8h sang mai", "2026-03-03", "08:00", PartOfDay.Morning)]
    [InlineData("mai 2 giờ chiều", "2026-03-03", "14:00", PartOfDay.Afternoon)]
    [InlineData("mai 2 gio chieu", "2026-03-03", "14:00", PartOfDay.Afternoon)]
    [InlineData("chiều mai 3h", "2026-03-03", "15:00", PartOfDay.Afternoon)]
    [InlineData("chiều mai 3h30", "2026-03-03", "15:30", PartOfDay.Afternoon)]
    [InlineData("thứ 3 tuần sau lúc 14h", "2026-03-10", "14:00", null)]
    [InlineData("thu 3 tuan sau luc 14h", "2026-03-10", "14:00", null)]
    [InlineData("15/12 9h30", "2026-12-15", "09:30", null)]
    [InlineData("15/12 lúc 9 giờ rưỡi sáng", "2026-12-15", "09:30", PartOfDay.Morning)]
    [InlineData("ngày 15 tháng 12 lúc 14:00", "2026-12-15", "14:00", null)]
    [InlineData("hôm nay 16h", "2026-03-02", "16:00", null)]
    [InlineData("ngày mai 8 giờ", "2026-03-03", "08:00", null)]
    [InlineData("thứ 2 chiều", "2026-03-02", null, PartOfDay.Afternoon)]
    [InlineData("thứ hai chiều 3 giờ", "2026-03-02", "15:00", PartOfDay.Afternoon)]
    [InlineData("t7 9h", "2026-03-07", "09:00", null)]
    [InlineData("chủ nhật 10 giờ sáng", "2026-03-08", "10:00", PartOfDay.Morning)]
    [InlineData("cho em hẹn 8h30 sáng thứ 5 nhé", "2026-03-05", "08:30", PartOfDay.Morning)]
    [InlineData("ngày mốt 7 giờ tối", "2026-03-04", "19:00", PartOfDay.Evening)]
    [InlineData("20/3 14h", "2026-03-20", "14:00", null)]
    [InlineData("mai", "2026-03-03", null, null)]
    [InlineData("hôm qua", "2026-03-01", null, null)]
    [InlineData("15/12", "2026-12-15", null, null)]
    [InlineData("8h", null, "08:00", null)]
    [InlineData("2 giờ chiều", null, "14:00", PartOfDay.Afternoon)]
    [InlineData("14:00", null, "14:00", null)]
    [InlineData("chiều", null, null, PartOfDay.Afternoon)]
    [InlineData("buổi sáng", null, null, PartOfDay.Morning)]
    [InlineData("tối 8h", null, "20:00", PartOfDay.Evening)]
    [InlineData("làm hộ chiếu sáng mai", "2026-03-03", null, PartOfDay.Morning)]
    [InlineData("lam ho chieu ngay mai", "2026-03-03", null, null)]
    [InlineData("8h sáng 15/12/2026", "2026-12-15", "08:00", PartOfDay.Morning)]
    public void DateTimeAndPartOfDayAreReadTogether(string text, string? date, string? time, PartOfDay? partOfDay)
    {
        var expected = new DateTimeRecognition(
            date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            time is null ? null : TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture),
            partOfDay);

        Assert.Equal(expected, _recognizer.Recognize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xin chào")]
    [InlineData("tôi muốn làm căn cước")]
    [InlineData("toi muon lam ho chieu")]
    [InlineData("2")]
    [InlineData("có")]
    [InlineData("bây giờ")]
    [InlineData("31/2")]
    [InlineData("25h")]
    public void TextThatSaysNothingAboutWhenIsNull(string? text)
    {
        Assert.Null(_recognizer.Recognize(text));
    }
}
