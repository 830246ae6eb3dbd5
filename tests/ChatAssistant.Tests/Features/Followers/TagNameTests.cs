using ChatAssistant.Features.Followers;

namespace ChatAssistant.Tests.Features.Followers;

public sealed class TagNameTests
{
    [Theory]
    [InlineData("Tổ dân phố 5", "to dan pho 5")]
    [InlineData("tổ dân phố số 05", "to dan pho 5")]
    [InlineData("TDP 5", "to dan pho 5")]
    [InlineData("tdp5", "to dan pho 5")]
    [InlineData("tổ 5", "to dan pho 5")]
    [InlineData("Khu phố số 3", "khu pho 3")]
    [InlineData("KP3", "khu pho 3")]
    [InlineData("Thôn Đông", "thon dong")]
    [InlineData("  Hội phụ nữ! ", "hoi phu nu")]
    [InlineData("số 5 Lê Lợi", "so 5 le loi")]
    [InlineData("!!!", "")]
    public void EverySpellingFoldsToOneTag(string label, string tag) => Assert.Equal(tag, TagName.Fold(label));

    [Theory]
    [InlineData("tdp so 07", "Tổ dân phố 7")]
    [InlineData("thôn Bắc Sơn.", "Thôn Bắc Sơn")]
    [InlineData("khu phố 3", "Khu phố 3")]
    public void NumberedGroupsShowOneNameAndOtherLabelsStayAsTyped(string label, string shown) => Assert.Equal(shown, TagName.Display(label));

    [Theory]
    [InlineData("to dan pho 5", PlaceKind.Group)]
    [InlineData("khu pho 3", PlaceKind.Group)]
    [InlineData("khu 3", PlaceKind.Group)]
    [InlineData("thon dong", PlaceKind.Village)]
    [InlineData("ap binh minh", PlaceKind.Village)]
    [InlineData("to giac", PlaceKind.None)]
    [InlineData("thon", PlaceKind.None)]
    [InlineData("hoi phu nu", PlaceKind.None)]
    public void KindIsToldFromTheFirstWords(string tag, PlaceKind kind) => Assert.Equal(kind, PlaceKinds.Of(tag));
}
