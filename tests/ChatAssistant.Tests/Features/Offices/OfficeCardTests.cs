using ChatAssistant.Features.Offices;
using ChatAssistant.Understanding;

namespace ChatAssistant.Tests.Features.Offices;

public sealed class OfficeCardTests
{
    [Theory]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, "Thứ Hai – Thứ Sáu")]
    [InlineData(new[] { DayOfWeek.Saturday }, "Thứ Bảy")]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Wednesday }, "Thứ Hai, Thứ Tư")]
    [InlineData(new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }, "Thứ Bảy, Chủ nhật")]
    [InlineData(new[] { DayOfWeek.Sunday, DayOfWeek.Friday, DayOfWeek.Saturday }, "Thứ Sáu – Chủ nhật")]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Friday }, "Thứ Hai – Thứ Tư, Thứ Sáu")]
    public void DaysReadAsVietnameseCalendarsPrintThem(DayOfWeek[] days, string expected) =>
        Assert.Equal(expected, OfficeCard.Days(days));

    [Theory]
    [InlineData("21.028511, 105.854167", 21.028511, 105.854167)]
    [InlineData("10.7769,106.7009", 10.7769, 106.7009)]
    [InlineData(" -33.5 , 151.2 ", -33.5, 151.2)]
    public void CoordinatesCopiedFromAMapAreRead(string text, double latitude, double longitude) =>
        Assert.Equal(new MapPoint(latitude, longitude), MapPoint.Parse(text));

    [Theory]
    [InlineData("21,028511; 105,854167")]
    [InlineData("91, 105")]
    [InlineData("21.02")]
    [InlineData("Hà Nội")]
    public void AnythingElseIsNotACoordinate(string text) => Assert.Null(MapPoint.Parse(text));

    [Fact]
    public void MapLinkOpensAtThePoint() =>
        Assert.Equal("https://www.google.com/maps/search/?api=1&query=21.028511,105.854167", new MapPoint(21.028511, 105.854167).MapLink.AbsoluteUri);

    [Theory]
    [InlineData("địa chỉ công an phường ở đâu", true)]
    [InlineData("sdt cong an", true)]
    [InlineData("giờ làm việc thế nào", true)]
    [InlineData("chu nhat co lam viec khong", true)]
    [InlineData("làm căn cước cần gì", false)]
    [InlineData("trụ", false)]
    [InlineData("làm hộ chiếu ở đâu", true)]
    public void OfficeQuestionsAreRecognized(string text, bool expected) => Assert.Equal(expected, OfficeQuestion.IsAbout(text));

    [Theory]
    [InlineData("công an phường ở đâu vậy ad", "")]
    [InlineData("so dien thoai cong an xa", "")]
    [InlineData("làm hộ chiếu ở đâu", "lam ho chieu")]
    [InlineData("đăng ký tạm trú ở đâu", "dang ky tam tru")]
    [InlineData("căn cước làm ở chỗ nào", "can cuoc lam")]
    public void RemainderIsTheSubjectWithoutTheOfficeWords(string text, string expected) => Assert.Equal(expected, OfficeQuestion.Remainder(text));
}
