using ChatAssistant.Content;
using ChatAssistant.Features.Offices;

namespace ChatAssistant.Tests.Features.Offices;

public sealed class OfficeDirectoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private const string Valid = """
        shared:
          - id: xnc
            name: Phòng Quản lý xuất nhập cảnh
            kinds: [provincial-immigration]
            address: Số 2
            phone: "0123"
            hours:
              - days: mon-fri
                times: ["07:30-11:30"]
            location: 21.03, 105.85
            notes: null
        accounts:
          - oa_id: "111"
            unit: Công an phường A
            offices:
              - id: tru-so
                name: Trụ sở Công an phường A
                kinds: [commune-police]
                address: Số 1
                phone: "0456"
                hours:
                  - days: mon-fri
                    times: ["07:30-11:30", "13:30-17:00"]
                  - days: sat
                    times: ["7:30-11:30"]
                location: 21.028511, 105.854167
                notes: null
        """;

    private string Write(string yaml)
    {
        var file = _folder.File(OfficeDirectory.FileName);
        File.WriteAllText(file, yaml);
        return file;
    }

    [Fact]
    public void RepositoryFileDescribesTheDevelopmentAccountAndEveryProvincialKind()
    {
        var offices = OfficeDirectory.Load(Path.Combine(RepositoryFiles.DialogsFolder, OfficeDirectory.FileName));

        Assert.NotNull(offices.UnitOf("388613280878808645"));
        Assert.All(ChatAssistant.Features.Procedures.OfficeKinds.All, kind => Assert.NotNull(offices.ForKind("388613280878808645", kind)));
    }

    [Fact]
    public void UnitsOwnOfficeComesBeforeTheSharedOneAndOtherAccountsFallBackToShared()
    {
        var offices = OfficeDirectory.Load(Write(Valid));

        Assert.Equal("tru-so", offices.ForKind("111", "commune-police")?.Id);
        Assert.Equal("xnc", offices.ForKind("111", "provincial-immigration")?.Id);
        Assert.Equal("xnc", offices.ForKind("999", "provincial-immigration")?.Id);
        Assert.Null(offices.ForKind("999", "commune-police"));
        Assert.Null(offices.UnitOf("999"));
    }

    [Fact]
    public void HoursAndLocationAreRead()
    {
        var office = OfficeDirectory.Load(Write(Valid)).UnitOf("111")!.Offices[0];

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], office.Hours[0].Days);
        Assert.Equal([new TimeRange(new TimeOnly(7, 30), new TimeOnly(11, 30)), new TimeRange(new TimeOnly(13, 30), new TimeOnly(17, 0))], office.Hours[0].Times);
        Assert.Equal(new TimeOnly(7, 30), office.Hours[1].Times[0].From);
        Assert.Equal(new MapPoint(21.028511, 105.854167), office.Location);
    }

    [Theory]
    [InlineData("location: 21.028511, 105.854167", "location: ngã tư", "'latitude, longitude'")]
    [InlineData("location: 21.028511, 105.854167", "location: 210.5, 105.8", "'latitude, longitude'")]
    [InlineData("kinds: [commune-police]", "kinds: [district-police]", "office kinds")]
    [InlineData("- days: sat", "- days: saturday", "'mon-fri'")]
    [InlineData("times: [\"7:30-11:30\"]", "times: [\"11:30-07:30\"]", "'07:30-11:30'")]
    public void MistakeIsReportedOnItsLine(string correct, string mistake, string expected)
    {
        var yaml = Valid.Replace(correct, mistake, StringComparison.Ordinal);
        var line = Array.FindIndex(yaml.Split('\n'), l => l.Contains(mistake.Split(':')[0] + ":", StringComparison.Ordinal) && l.Contains(mistake.Split(':', 2)[1].Trim(), StringComparison.Ordinal)) + 1;

        var ex = Assert.Throws<ContentException>(() => OfficeDirectory.Load(Write(yaml)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.InRange(ex.Line, line - 1, line);
    }

    [Fact]
    public void MissingKeyIsNamed()
    {
        var ex = Assert.Throws<ContentException>(() => OfficeDirectory.Load(Write(Valid.Replace("phone: \"0456\"", "telephone: \"0456\"", StringComparison.Ordinal))));

        Assert.Contains("phone", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountListedTwiceIsRefused()
    {
        var accounts = Valid[Valid.IndexOf("  - oa_id", StringComparison.Ordinal)..];

        var ex = Assert.Throws<ContentException>(() => OfficeDirectory.Load(Write(Valid + "\n" + accounts)));

        Assert.Contains("listed twice", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
