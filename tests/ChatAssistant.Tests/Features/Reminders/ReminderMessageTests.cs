using ChatAssistant.Content;
using ChatAssistant.Features.Reminders;
using ChatAssistant.Testing;
using static ChatAssistant.Tests.Features.Reminders.Appointments;

namespace ChatAssistant.Tests.Features.Reminders;

public sealed class ReminderMessageTests
{
    private static readonly ResidentTexts Texts = ResidentTexts.Load(
        [Path.Combine(RepositoryDialogs.Folder, ResidentTexts.FileName), Path.Combine(RepositoryDialogs.Folder, "texts", "reminders.yaml")],
        ReminderTexts.All);

    [Fact]
    public void OaReminderNamesTheServiceLocalTimePlaceMapTicketAndHowToChangeIt()
    {
        var text = new ReminderMessage(Texts).Text(At(Local(12, 17, 8, 30)));

        Assert.Contains("Xin chào", text, StringComparison.Ordinal);
        Assert.Contains("Cấp thẻ căn cước", text, StringComparison.Ordinal);
        Assert.Contains("thứ Năm 17/12 lúc 08:30", text, StringComparison.Ordinal);
        Assert.Contains("Công an phường Thử, 12 Lý Thường Kiệt", text, StringComparison.Ordinal);
        Assert.Contains("https://www.google.com/maps/search/?api=1&query=21.028511,105.854167", text, StringComparison.Ordinal);
        Assert.Contains("A-012", text, StringComparison.Ordinal);
        Assert.Contains("lịch hẹn của tôi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutCoordinatesThereIsNoMapLine()
    {
        var text = new ReminderMessage(Texts).Text(At(Local(12, 17, 8, 30)) with { Location = null });

        Assert.DoesNotContain("Bản đồ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SundayReadsChuNhat() =>
        Assert.Equal("Chủ nhật 20/12 lúc 07:00", new ReminderMessage(Texts).When(Local(12, 20, 7)));

    [Fact]
    public void TemplateDataCarriesTheAppointmentInVietnameseTimeAndNoPhone()
    {
        var data = ReminderMessage.TemplateData(At(Local(12, 17, 8, 30)));

        Assert.Equal("08:30 17/12/2026", data["appointment_time"]);
        Assert.Equal("A-012", data["ticket"]);
        Assert.Equal("LH-0042", data["booking_code"]);
        Assert.DoesNotContain(data.Values, v => v.Contains("0912345678", StringComparison.Ordinal));
    }
}
