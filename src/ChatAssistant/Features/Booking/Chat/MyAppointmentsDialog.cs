using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>"Lịch hẹn của tôi": the upcoming bookings; pick one to reschedule or cancel it (cancelling is confirmed).</summary>
public sealed class MyAppointmentsDialog(BookingDesk desk, IFrontDoor frontDoor) : FollowUpDialog(DialogId, frontDoor)
{
    public const string DialogId = "my-appointments";

    private const string ModeKey = "mode";
    private const string CodeKey = "code";
    private const string Reschedule = "reschedule";
    private const string Cancel = "cancel";
    private const string Yes = "yes";
    private const string No = "no";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var upcoming = desk.Upcoming(turn.Activity.AccountId, turn.Activity.UserId);
        if (upcoming.Count == 0)
        {
            turn.SendText(BookingTexts.None);
            return dc.EndDialogAsync(null, cancellationToken);
        }
        dc.ActiveDialog!.State[ModeKey] = "pick";
        return Task.FromResult(Offer(dc, turn.Texts.Get(BookingTexts.List),
            [.. upcoming.Select(a => new Choice(a.Code, turn.Texts.Get(BookingTexts.Line, new Dictionary<string, string>
            {
                ["ticket"] = a.Ticket, ["service"] = a.ServiceName, ["when"] = AppointmentTime.DayAndClock(a.Start), ["place"] = a.PlaceName, ["code"] = a.Code,
            }), [a.Code]))]));
    }

    protected override async Task<DialogTurnResult> OnPickedAsync(DialogContext dc, string value, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var texts = dc.Context.Texts;
        switch (instance.State[ModeKey]?.GetValue<string>())
        {
            case "pick":
                instance.State[ModeKey] = "action";
                instance.State[CodeKey] = value;
                return Offer(dc, texts.Get(BookingTexts.AskAction),
                    [new Choice(Reschedule, texts.Get(BookingTexts.ActionReschedule), ["doi", "doi lich"]), new Choice(Cancel, texts.Get(BookingTexts.ActionCancel), ["huy", "huy lich"])]);
            case "action" when value == Reschedule:
                var appointment = desk.Upcoming(dc.Context.Activity.AccountId, dc.Context.Activity.UserId).FirstOrDefault(a => a.Code == CodeOf(instance));
                await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
                if (appointment is null)
                {
                    dc.Context.SendText(BookingTexts.OriginalGone);
                    return new DialogTurnResult(DialogTurnStatus.Complete);
                }
                return await dc.BeginDialogAsync(BookingDialog.DialogId, new BookingStart(appointment.ServiceId, appointment.Code), cancellationToken).ConfigureAwait(false);
            case "action":
                instance.State[ModeKey] = "confirm";
                return Offer(dc, texts.Get(BookingTexts.ConfirmCancel, new Dictionary<string, string> { ["code"] = CodeOf(instance) }),
                    [new Choice(Yes, texts.Get(BookingTexts.CancelYes), ["co", "dong y", "ok", "u"]), new Choice(No, texts.Get(BookingTexts.CancelNo), ["khong", "giu"])]);
            case "confirm" when value == Yes:
                var cancelled = await desk.CancelAsync(dc.Context.Activity.AccountId, CodeOf(instance), dc.Context.Activity.UserId).ConfigureAwait(false);
                dc.Context.SendText(cancelled ? BookingTexts.Cancelled : BookingTexts.None, new Dictionary<string, string> { ["code"] = CodeOf(instance) });
                return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                dc.Context.SendText(BookingTexts.Kept);
                return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string CodeOf(Conversation.Dialogs.DialogInstance instance) => instance.State[CodeKey]?.GetValue<string>() ?? "";
}
