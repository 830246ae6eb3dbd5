using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Booking;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Messaging.Templates;
using ChatAssistant.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Reminders;

/// <summary>
/// Carries out a firing reminder: re-reads the appointment and the resident, lets <see cref="ReminderDecider"/> choose,
/// then queues the OA message, sends the ZNS message or records why neither happened. Phone numbers are never logged.
/// </summary>
public sealed partial class ReminderSender(
    IAppointments appointments,
    ResidentStore residents,
    ReminderDecider decider,
    ReminderMessage message,
    ReminderDeliveries deliveries,
    MessageOutbox outbox,
    SqliteWriter writer,
    ITemplateChannel templates,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderSender> logger)
{
    /// <returns>When the reminder must fire again (quiet hours, a ZNS retry); null when it is done.</returns>
    public async Task<ReminderFollowUp?> SendAsync(ReminderJobData job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var now = clock.GetUtcNow();
        var appointment = appointments.Find(job.AppointmentId);
        var resident = appointment?.UserId is { } userId ? residents.Find(appointment.OaId, userId) : null;
        // After Zalo refused the OA message, our record of the resident's last message does not decide any more.
        var lastInteraction = job.OutsideWindow ? null : resident?.LastInteractionAt;
        var decision = decider.Decide(new ReminderFacts(appointment, job.Rule, job.DueAt, resident?.Following, lastInteraction), now);
        LogDecision(logger, job.AppointmentId, job.Rule.Name, decision.Action, decision.Reason);
        switch (decision.Action)
        {
            case ReminderAction.SendOa:
                await QueueOaAsync(job, appointment!, decision.Reason).ConfigureAwait(false);
                return null;
            case ReminderAction.SendZns:
                return await SendZnsAsync(job, appointment!, now, cancellationToken).ConfigureAwait(false);
            case ReminderAction.SendZnsLater:
                await deliveries.RecordAsync(job, appointment, ReminderChannel.Zns, ReminderStatus.Queued, decision.Reason).ConfigureAwait(false);
                return new ReminderFollowUp(decision.At!.Value, job.Attempt);
            default:
                await deliveries.RecordAsync(job, appointment, decision.Channel, StatusOf(decision.Action), decision.Reason).ConfigureAwait(false);
                return null;
        }
    }

    /// <summary>The outbox row and the record commit together; the outbox's key makes a second run of the job send nothing more.</summary>
    private async Task QueueOaAsync(ReminderJobData job, Appointment appointment, string reason)
    {
        OutboundMessage[] messages = [OutboundMessage.FromText(message.Text(appointment))];
        await writer.WriteAsync((connection, transaction) =>
        {
            // Held up by an outage of Zalo, a reminder is worth sending until the appointment begins, not after.
            outbox.AppendOutgoing(connection, transaction, appointment.OaId, appointment.UserId!, job.OutboxSource, messages, expiresAt: appointment.Start);
            deliveries.Record(connection, transaction, job, appointment, ReminderChannel.Oa, ReminderStatus.Queued, reason);
        }).ConfigureAwait(false);
        outbox.Appended.Notify();
    }

    private async Task<ReminderFollowUp?> SendZnsAsync(ReminderJobData job, Appointment appointment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var template = new TemplateMessage(
            PhoneRecognizer.Normalize(appointment.Phone)!, options.Value.ZnsTemplateId!, ReminderMessage.TemplateData(appointment), job.TrackingId);
        var result = await templates.SendAsync(appointment.OaId, template, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                await deliveries.RecordAsync(job, appointment, ReminderChannel.Zns, ReminderStatus.Sent,
                    $"ZNS message {result.ChannelMessageId}").ConfigureAwait(false);
                return null;
            case DeliveryOutcome.RetryLater:
                var next = decider.AfterZnsFailure(appointment, job.Attempt, result.RetryNotBefore, now, Describe(result));
                if (next.Action == ReminderAction.SendZnsLater)
                {
                    LogZnsRetry(logger, job.AppointmentId, job.Rule.Name, job.Attempt, result.ErrorCode, next.At!.Value);
                    return new ReminderFollowUp(next.At.Value, job.Attempt + 1);
                }
                await deliveries.RecordAsync(job, appointment, ReminderChannel.Zns, ReminderStatus.Undeliverable, next.Reason).ConfigureAwait(false);
                return null;
            default:
                await deliveries.RecordAsync(job, appointment, ReminderChannel.Zns, ReminderStatus.Undeliverable,
                    $"ZNS refused: {Describe(result)}").ConfigureAwait(false);
                return null;
        }
    }

    private static string Describe(DeliveryResult result) =>
        result.ErrorCode is { } code ? $"error {code} ({result.ErrorMessage})" : result.ErrorMessage ?? "no reason given";

    private static ReminderStatus StatusOf(ReminderAction action) => action switch
    {
        ReminderAction.Dropped => ReminderStatus.Dropped,
        ReminderAction.Skipped => ReminderStatus.Skipped,
        _ => ReminderStatus.Undeliverable,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Rule} of appointment {AppointmentId}: {Action} ({Reason})")]
    private static partial void LogDecision(ILogger logger, long appointmentId, string rule, ReminderAction action, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ZNS reminder {Rule} of appointment {AppointmentId}: attempt {Attempt} failed with {ErrorCode}; next attempt at {At}")]
    private static partial void LogZnsRetry(ILogger logger, long appointmentId, string rule, int attempt, int? errorCode, DateTimeOffset at);
}
