using System.Globalization;
using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Conversation.Tests.Recognizers;

public sealed class TimeRecognizerTests
{
    [Theory]
    [InlineData("8h", "08:00")]
    [InlineData("8H", "08:00")]
    [InlineData("8h30", "08:30")]
    [InlineData("8h30p", "08:30")]
    [InlineData("8 giờ", "08:00")]
    [InlineData("8 gio 30", "08:30")]
    [InlineData("8 giờ 30 phút", "08:30")]
    [InlineData("8 giờ rưỡi", "08:30")]
    [InlineData("8 gio ruoi", "08:30")]
    [InlineData("8 rưỡi", "08:30")]
    [InlineData("8g", "08:00")]
    [InlineData("8g30", "08:30")]
    [InlineData("8:30", "08:30")]
    [InlineData("14:00", "14:00")]
    [InlineData("14h", "14:00")]
    [InlineData("2 giờ chiều", "14:00")]
    [InlineData("2h chiều", "14:00")]
    [InlineData("3h chieuf", "15:00")]
    [InlineData("2h chieu", "14:00")]
    [InlineData("9 giờ sáng", "09:00")]
    [InlineData("9 gio sang", "09:00")]
    [InlineData("9 sáng", "09:00")]
    [InlineData("7 giờ tối", "19:00")]
    [InlineData("7 gio toi", "19:00")]
    [InlineData("12 giờ trưa", "12:00")]
    [InlineData("1 giờ trưa", "13:00")]
    [InlineData("11 giờ đêm", "23:00")]
    [InlineData("12 giờ đêm", "00:00")]
    [InlineData("8 giờ kém 15", "07:45")]
    [InlineData("8h kem 15", "07:45")]
    [InlineData("8 giờ kém 15 phút tối", "19:45")]
    [InlineData("tám giờ", "08:00")]
    [InlineData("tam gio", "08:00")]
    [InlineData("mười giờ mười lăm", "10:15")]
    [InlineData("hai giờ chiều", "14:00")]
    [InlineData("bảy giờ tối", "19:00")]
    [InlineData("14h chiều", "14:00")]
    [InlineData("khoảng 8h sáng mai em qua", "08:00")]
    [InlineData("chiều mai 3h", "15:00")]
    [InlineData("lúc 8.30", "08:30")]
    [InlineData("15/12 9h30", "09:30")]
    [InlineData("thứ 3 tuần sau lúc 14h", "14:00")]
    [InlineData("khoảng chín sáng", "09:00")]
    // "cả năm" is a whole year, not five o'clock before "sáng mai".
    [InlineData("chị sắp đi làm xa cả năm, sáng mai 8 giờ", "08:00")]
    public void TimeIsRead(string text, string expected)
    {
        Assert.Equal(TimeOnly.ParseExact(expected, "HH:mm", CultureInfo.InvariantCulture), TimeRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("25h")]
    [InlineData("8h75")]
    [InlineData("24:00")]
    [InlineData("8:75")]
    [InlineData("8")]
    [InlineData("sáng mai")]
    [InlineData("thứ 2 chiều")]
    [InlineData("ngày 15 chiều")]
    [InlineData("bây giờ")]
    [InlineData("bay gio")]
    [InlineData("từ giờ")]
    [InlineData("15/12")]
    [InlineData("8.30")]
    [InlineData("t2")]
    [InlineData("ba mươi giờ")]
    [InlineData("đi làm xa cả năm, sáng mai")]
    public void TextWithoutAValidTimeIsNull(string? text)
    {
        Assert.Null(TimeRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("sáng", PartOfDay.Morning)]
    [InlineData("sang", PartOfDay.Morning)]
    [InlineData("buổi sáng", PartOfDay.Morning)]
    [InlineData("Buổi Sáng", PartOfDay.Morning)]
    [InlineData("sáng mai", PartOfDay.Morning)]
    [InlineData("sang mai", PartOfDay.Morning)]
    [InlineData("trưa", PartOfDay.Noon)]
    [InlineData("trua nay", PartOfDay.Noon)]
    [InlineData("chiều", PartOfDay.Afternoon)]
    [InlineData("chiều nay", PartOfDay.Afternoon)]
    [InlineData("chieu nay", PartOfDay.Afternoon)]
    [InlineData("buoi chieu", PartOfDay.Afternoon)]
    [InlineData("thứ ba chiều", PartOfDay.Afternoon)]
    [InlineData("tối", PartOfDay.Evening)]
    [InlineData("toi", PartOfDay.Evening)]
    [InlineData("tối nay", PartOfDay.Evening)]
    [InlineData("7h toi", PartOfDay.Evening)]
    [InlineData("đêm", PartOfDay.Evening)]
    [InlineData("em qua vào buổi chiều được không", PartOfDay.Afternoon)]
    // Without marks: "sang" of a move is no morning, "chiều" before "cùng ngày" is the afternoon.
    [InlineData("doi lich hen vua dat sang buoi chieu cung ngay co duoc khong a", PartOfDay.Afternoon)]
    [InlineData("chieu duoc khong", PartOfDay.Afternoon)]
    // Marks slipped: read as if unmarked.
    [InlineData("buổi chièu", PartOfDay.Afternoon)]
    [InlineData("chìu nha", PartOfDay.Afternoon)]
    [InlineData("trứa nay", PartOfDay.Noon)]
    // Unmarked before a weekday, however written.
    [InlineData("dat lich dk tam tru chieu t6 dc k", PartOfDay.Afternoon)]
    [InlineData("lam can cuoc chieu thu 5", PartOfDay.Afternoon)]
    public void PartOfDayIsRead(string text, PartOfDay expected)
    {
        Assert.Equal(expected, TimeRecognizer.RecognizePartOfDay(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("8h")]
    [InlineData("mai")]
    [InlineData("tôi")]
    [InlineData("tôi muốn đặt lịch")]
    [InlineData("toi muon dat lich")]
    [InlineData("giup toi")]
    [InlineData("luc toi co thoi gian")]
    [InlineData("làm hộ chiếu")]
    [InlineData("lam ho chieu")]
    [InlineData("sang tuần")]
    [InlineData("đem giấy tờ")]
    // Marks of the other words, whatever stands around them.
    [InlineData("buổi tôi đi")]
    [InlineData("mai tới 8h")]
    [InlineData("làm hộ chiếu thứ 5")]
    [InlineData("ho chieu t6")]
    [InlineData("chu tro khong chiu ky")]
    // Unmarked "sang" before a weekday is as often a move.
    [InlineData("doi sang thu 6")]
    [InlineData("minh muon sang t6")]
    public void TextWithoutAPartOfDayIsNull(string? text)
    {
        Assert.Null(TimeRecognizer.RecognizePartOfDay(text));
    }
}
