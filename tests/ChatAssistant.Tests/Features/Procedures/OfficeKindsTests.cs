using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Tests.Features.Procedures;

/// <summary>Every office kind the catalogue accepts has the name residents know it by.</summary>
public sealed class OfficeKindsTests
{
    public static TheoryData<string> Kinds() => [.. OfficeKinds.All];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKindHasAVietnameseLabel(string kind)
    {
        var label = OfficeKinds.Label(kind);

        Assert.False(string.IsNullOrWhiteSpace(label));
        Assert.NotEqual(kind, label);
        // District police no longer exist (2025-03-01): no label may send a resident there.
        Assert.DoesNotContain("huyện", label, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("commune-police", "Công an cấp xã (phường, xã, đặc khu)")]
    [InlineData("provincial-immigration", "Phòng Quản lý xuất nhập cảnh Công an tỉnh")]
    [InlineData("department-of-justice", "Sở Tư pháp")]
    public void KindReadsAsTheOfficeResidentsKnow(string kind, string expected) => Assert.Equal(expected, OfficeKinds.Label(kind));

    [Fact]
    public void LabelsAreDistinct() => Assert.Equal(OfficeKinds.All.Count, OfficeKinds.All.Select(OfficeKinds.Label).Distinct().Count());

    [Fact]
    public void UnknownKindIsRefusedRatherThanShownRaw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OfficeKinds.Label("district-police"));
}
