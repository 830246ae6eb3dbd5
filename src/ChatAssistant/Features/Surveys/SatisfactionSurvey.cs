using System.Text.Json;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Messaging.Inbox;

namespace ChatAssistant.Features.Surveys;

/// <summary>
/// Invites a resident to rate an appointment (raised on their lane, once per appointment) and, when the invitation's
/// turn comes, asks, unless the resident is in the middle of something else or has not written for seven days (Zalo
/// would refuse the question): then the survey is recorded as skipped. In the middle of a private flow (a tip-off) it
/// is recorded as asked and never answered, without asking.
/// </summary>
public sealed class SatisfactionSurvey(ServiceEvents events, ResidentStore residents) : IServiceEventReaction, IAppointmentServed
{
    public string EventName => "satisfaction-survey";

    /// <summary>Raises the invitation; nothing for bookings without a Zalo resident (walk-ins, phone bookings).</summary>
    public Task<bool> InviteAsync(Appointment appointment)
    {
        if (appointment.UserId is null)
        {
            return Task.FromResult(false);
        }
        var subject = new SurveySubject(appointment.Id, appointment.ServiceId, appointment.ServiceName);
        return events.RaiseAsync(appointment.OaId, appointment.UserId, EventName, JsonSerializer.Serialize(subject), $"survey:{appointment.Id}");
    }

    public Task ServedAsync(Appointment appointment, CancellationToken cancellationToken) => InviteAsync(appointment);

    public async Task HandleAsync(DialogContext dc, string? value, bool residentBusy, CancellationToken cancellationToken)
    {
        var subject = JsonSerializer.Deserialize<SurveySubject>(value ?? "null") ?? throw new FormatException("A survey event without its appointment.");
        var (oaId, userId) = (dc.Context.Activity.AccountId, dc.Context.Activity.UserId);
        var now = dc.Context.Clock.GetUtcNow();
        var reachable = residents.CanMessage(oaId, userId, now);
        var ask = reachable && !residentBusy;
        // "Skipped because busy" would say the resident was in a flow at that moment, and of a tip-off that is the one
        // thing no row may say. Such a survey is recorded as any invitation left unanswered ('asked'); the satisfaction
        // figures count answers only.
        var asked = ask || (reachable && InPrivateFlow(dc));
        dc.Context.Save((connection, transaction) => SurveyStore.RecordAsked(connection, transaction, oaId, userId, subject, now, skipped: !asked));
        if (ask)
        {
            await dc.BeginDialogAsync(SatisfactionSurveyDialog.DialogId, subject, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool InPrivateFlow(DialogContext dc) => dc.Stack.Any(instance => dc.FindDialog(instance.Id)?.IsPrivate == true);
}
