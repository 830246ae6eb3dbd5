using System.Net;
using System.Net.Http.Json;
using ChatAssistant.Features.Reminders;
using ChatAssistant.IntegrationTests.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Reminders;

/// <summary>Officers list the reminders that reached nobody, for their own accounts only.</summary>
public sealed class ReminderApiTests : OfficerApiTest
{
    private async Task RecordAsync(string oaId, long appointmentId, ReminderStatus status, DateTimeOffset dueAt)
    {
        var job = new ReminderJobData(appointmentId, oaId, ReminderRule.BeforeStart(TimeSpan.FromHours(2)), dueAt);
        await Service.Services.GetRequiredService<ReminderDeliveries>().RecordAsync(job, null, ReminderChannel.None, status, "no phone number");
    }

    [Fact]
    public async Task OfficerSeesTheUndeliverableRemindersOfTheirAccountInThePeriod()
    {
        var now = DateTimeOffset.UtcNow;
        await RecordAsync(OaA, 1, ReminderStatus.Undeliverable, now.AddHours(-1));
        await RecordAsync(OaA, 2, ReminderStatus.Queued, now.AddHours(-1));
        await RecordAsync(OaA, 3, ReminderStatus.Undeliverable, now.AddDays(-30));
        await RecordAsync(OaB, 4, ReminderStatus.Undeliverable, now.AddHours(-1));
        var (_, key) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        var listed = await ClientWith(key).GetFromJsonAsync<List<Listed>>($"/api/admin/reminders/undeliverable?oaId={OaA}");

        var only = Assert.Single(listed!);
        Assert.Equal((1L, "none", "no phone number"), (only.AppointmentId, only.Channel, only.Reason));
    }

    [Fact]
    public async Task AnotherAccountsListIsNotFound()
    {
        var (_, key) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        using var response = await ClientWith(key).GetAsync($"/api/admin/reminders/undeliverable?oaId={OaB}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAKeyTheListIsUnauthorized()
    {
        using var response = await Service.Http.GetAsync($"/api/admin/reminders/undeliverable?oaId={OaA}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed record Listed(long AppointmentId, string Channel, string Reason);
}
