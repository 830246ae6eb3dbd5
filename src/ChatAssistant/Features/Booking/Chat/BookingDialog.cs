using System.Globalization;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures.Answers;
using ChatAssistant.Features.Procedures.Search;
using ChatAssistant.Understanding;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>
/// Booking a slot in chat: service → day → time → phone for reminders → summary and confirm → code, ticket, place,
/// papers to bring. A slot taken by someone else meanwhile gets an apology and fresh times.
/// </summary>
public sealed class BookingDialog : WaterfallDialog<BookingDialog.Draft>
{
    public const string DialogId = "booking";
    private const string ServicePrompt = DialogId + ".service";
    private const string DayPrompt = DialogId + ".day";
    private const string TimePrompt = DialogId + ".time";
    private const string PhonePrompt = DialogId + ".phone";
    private const string ConfirmPrompt = DialogId + ".confirm";

    /// <summary>Days offered as a list; any later day within the horizon may still be typed.</summary>
    private const int DaysListed = 7;

    private readonly BookingDesk _desk;
    private readonly BookingCalendar _calendar;
    private readonly BookingConfirmation _confirmation;
    private readonly Uri? _infoCardImage;

    private readonly ProcedureIndex _procedures;
    private readonly Understander _understander;
    private readonly IFrontDoor _frontDoor;
    private readonly OfficeAnswers _offices;

    public BookingDialog(
        BookingDesk desk, BookingCalendar calendar, BookingConfirmation confirmation, IOptions<BookingChatOptions> options,
        ProcedureIndex procedures, Understander understander, IFrontDoor frontDoor, OfficeAnswers offices)
        : base(DialogId)
    {
        (_desk, _calendar, _confirmation, _procedures, _understander, _frontDoor, _offices) =
            (desk, calendar, confirmation, procedures, understander, frontDoor, offices);
        _infoCardImage = options.Value.InfoCardImageUrl;
        AddStep(AskServiceAsync);
        AddStep(AskDayAsync);
        AddStep(AskTimeAsync);
        AddStep(AskPhoneAsync);
        AddStep(ConfirmAsync);
        AddStep(BookAsync);
    }

    public const int PromptCount = 5;

    /// <summary>The prompts, registered beside the dialog; day and time check the answer against the calendar.</summary>
    public IReadOnlyList<Dialog> Prompts() =>
    [
        // "đổi căn cước vì sắp đủ 25 tuổi": the service the search finds among the resident's words, when the list's
        // own words do not pick one.
        new ChoicePrompt(ServicePrompt, interpret: ServiceNamedIn),
        new TextPrompt(DayPrompt, (check, _) => Task.FromResult(CheckDay(check))),
        new TextPrompt(TimePrompt, (check, _) => Task.FromResult(CheckTime(check))),
        new Conversation.Prompts.PhonePrompt(PhonePrompt),
        new Conversation.Prompts.ConfirmPrompt(ConfirmPrompt),
    ];

    /// <summary>
    /// Once a service is chosen, "về menu chính" is asked before the choices are dropped ("k, đặt tiếp đi" goes on at the
    /// step it left): a resident who looks at the menu halfway often means to come back.
    /// </summary>
    public override bool HoldsData(DialogContext dc, DialogInstance instance) => StateOf(instance) is { ServiceId: not null };

    /// <summary>Cancelled, a new booking was not made; a move leaves the appointment as it was.</summary>
    public override string? CancelledTextKey(DialogContext dc, DialogInstance instance) =>
        StateOf(instance) is { RescheduleCode: not null } ? BookingTexts.Kept : BookingTexts.NotBooked;

    private Task<DialogTurnResult> AskServiceAsync(WaterfallStepContext<Draft> step, CancellationToken cancellationToken)
    {
        var start = step.Options<BookingStart>() ?? new BookingStart();
        step.State.RescheduleCode = start.RescheduleCode;
        var calendar = _calendar.For(step.Context.Activity.AccountId);
        if (calendar is null || calendar.Services.Count == 0)
        {
            step.Context.SendText(BookingTexts.Unavailable);
            return step.EndDialogAsync(null, cancellationToken);
        }
        if (start.RescheduleCode is null
            && _desk.Upcoming(step.Context.Activity.AccountId, step.Context.Activity.UserId).Count >= calendar.MaxActivePerResident)
        {
            // Said before the questions, not after them: the booking could only be refused at the end.
            step.Context.SendText(BookingTexts.LimitReached);
            return step.EndDialogAsync(null, cancellationToken);
        }
        if (start.ServiceId is { } known && calendar.Service(known) is not null)
        {
            return step.NextAsync(known, cancellationToken);
        }
        return step.PromptAsync(ServicePrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(step.Context.Texts.Get(BookingTexts.AskService)),
            Choices = [.. calendar.Services.Select(s => new Choice(s.Id, s.Name))],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskDayAsync(WaterfallStepContext<Draft> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return GiveUpAsync(step, cancellationToken);
        }
        var serviceId = step.Result as string ?? step.ResultAs<FoundChoice>().Value;
        var service = _calendar.For(step.Context.Activity.AccountId)!.Service(serviceId)!;
        (step.State.ServiceId, step.State.ServiceName) = (service.Id, service.Name);
        // Services are procedures: "cần mang gì?" during or after booking is about this one.
        ProcedureTopic.Remember(step.Context, service.Id);
        var days = _desk.DaysWithPlaces(step.Context.Activity.AccountId, service.Id, DaysListed);
        if (days.Count == 0)
        {
            step.Context.SendText(BookingTexts.NoDays, ("service", service.Name));
            return step.EndDialogAsync(null, cancellationToken);
        }
        step.State.ListedDays = [.. days.Select(d => d.Day)];
        var texts = step.Context.Texts;
        var start = step.Options<BookingStart>() ?? new BookingStart();
        (step.State.WantedTime, step.State.WantedPart) = (start.Time, start.PartOfDay);
        if (start.Day is { } wanted)
        {
            if (step.State.ListedDays.Contains(wanted)
                || _desk.Slots(step.Context.Activity.AccountId, service.Id, wanted).Any(s => s.PlacesLeft > 0))
            {
                // The request named an open day, listed or later within the horizon: straight to its times.
                step.State.Day = wanted;
                return step.NextAsync(null, cancellationToken);
            }
            step.Context.SendText(BookingTexts.DayUnavailable, ("day", AppointmentTime.Day(wanted)));
        }
        var lines = days.Select((d, i) => $"{i + 1}. " + texts.Get(BookingTexts.DayLine,
            ("day", AppointmentTime.Day(d.Day)), ("places", d.PlacesLeft.ToString(CultureInfo.InvariantCulture))));
        return step.PromptAsync(DayPrompt, PromptOptions.Asking(
            texts.Get(BookingTexts.AskDay, ("service", service.Name)) + "\n" + string.Join("\n", lines)), cancellationToken);
    }

    private Task<DialogTurnResult> AskTimeAsync(WaterfallStepContext<Draft> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return GiveUpAsync(step, cancellationToken);
        }
        if (step.Result is string typed)
        {
            step.State.Day = DayOf(step.Context, step.State, typed);
            // "Thứ Bảy này có làm không?": the day is taken, and the question answered with the office's hours that day.
            if (OfficeAnswers.AsksAboutADay(_understander.Of(step.Context), VietnamTime.Today(step.Context.Clock)))
            {
                _offices.SendHoursOfTheDayAsked(step.Context);
            }
            DayAskedAbout.Forget(step.Context);
            // "thứ 6 lúc 10h", "sáng thứ 5": the day's answer may carry the time too.
            (step.State.WantedTime, step.State.WantedPart) = (TimeRecognizer.Recognize(typed) ?? step.State.WantedTime,
                TimeRecognizer.RecognizePartOfDay(typed) ?? step.State.WantedPart);
        }
        if (step.State.WantedTime is { } wantedTime && SlotAt(step.Context, step.State, wantedTime) is { } slot)
        {
            return step.NextAsync(AppointmentTime.Clock(slot.Start), cancellationToken);
        }
        // "chiều thứ 4", "sáng mai": that part's first free slot, as when the part is said for the time; the phone question
        // says which, and the summary lets the resident change it.
        if (step.State.WantedTime is null && step.State.WantedPart is { } part && PartWords.TryGetValue(part, out var said)
            && SlotOf(step.Context, step.State, said) is not null)
        {
            return step.NextAsync(said, cancellationToken);
        }
        var slots = FreeSlots(step.Context, step.State);
        var texts = step.Context.Texts;
        var lines = slots.Select((s, i) => $"{i + 1}. " + texts.Get(BookingTexts.TimeLine,
            ("time", AppointmentTime.Clock(s.Start)), ("places", s.PlacesLeft.ToString(CultureInfo.InvariantCulture)), ("place", s.PlaceName)));
        return step.PromptAsync(TimePrompt, PromptOptions.Asking(
            texts.Get(BookingTexts.AskTime, ("day", AppointmentTime.Day(step.State.Day!.Value))) + "\n" + string.Join("\n", lines)), cancellationToken);
    }

    private Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext<Draft> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return GiveUpAsync(step, cancellationToken);
        }
        var answer = step.ResultAs<string>();
        step.State.Start = SlotOf(step.Context, step.State, answer)!.Start;
        if (step.Options<BookingStart>() is { Corrected: true })
        {
            step.Context.SendText(BookingTexts.Corrected, ("when", AppointmentTime.DayAndClock(step.State.Start!.Value)));
        }
        // The day and time taken, said with the phone question (the summary says it anyway when the phone is not asked):
        // "buổi chiều", "sáng sớm" as the time picked for that part of the day, "tầm 2 giờ chiều" as the time understood.
        var pickedForPart = TimeRecognizer.Recognize(answer) is null && NumberRecognizer.Recognize(answer) is null;
        var chosen = step.Options<BookingStart>() is not { Corrected: true }
            ? step.Context.Texts.Get(pickedForPart ? BookingTexts.TimeChosen : BookingTexts.TimeNoted, ("when", AppointmentTime.DayAndClock(step.State.Start!.Value))) + "\n"
            : "";
        if (step.Options<BookingStart>() is { PhoneAnswered: true } corrected)
        {
            return step.NextAsync(corrected.Phone, cancellationToken);
        }
        if (step.State.RescheduleCode is { } code)
        {
            // A reschedule keeps the booking's phone; asking again would only slow the resident down.
            var original = _desk.Upcoming(step.Context.Activity.AccountId, step.Context.Activity.UserId).FirstOrDefault(a => a.Code == code);
            return step.NextAsync(original?.Phone, cancellationToken);
        }
        if (PhoneRecognizer.Normalize(step.Context.Activity.Text) is { } said)
        {
            // "… chiều thứ Ba tuần sau, lúc 2 giờ 30, số điện thoại 0904 123 789" for the day or the time: not asked again.
            return step.NextAsync(said, cancellationToken);
        }
        if (_infoCardImage is not null)
        {
            var texts = step.Context.Texts;
            step.Context.Send(OutboundMessage.AskUserInfo(texts.Get(BookingTexts.InfoCardTitle), texts.Get(BookingTexts.InfoCardSubtitle), _infoCardImage.AbsoluteUri));
        }
        return step.PromptAsync(PhonePrompt, new PromptOptions
        {
            Prompt = OutboundMessage.FromText(chosen + step.Context.Texts.Get(BookingTexts.AskPhone)),
            AllowSkip = true,
            Sensitive = true,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<Draft> step, CancellationToken cancellationToken)
    {
        step.State.Phone = step.Result as string;
        var draft = step.State;
        var slot = _desk.Slots(step.Context.Activity.AccountId, draft.ServiceId!, draft.Day!.Value).FirstOrDefault(s => s.Start == draft.Start);
        // In full: the summary is where a slip in the number is caught, and only the resident reads it (the masked form
        // is for transcripts and logs).
        var phone = draft.Phone is { } p ? PhoneRecognizer.Readable(p) : step.Context.Texts.Get(BookingTexts.NoPhone);
        return step.PromptAsync(ConfirmPrompt, PromptOptions.Asking(step.Context.Texts.Get(BookingTexts.Confirm,
            ("service", draft.ServiceName!), ("when", AppointmentTime.DayAndClock(draft.Start!.Value)),
            ("place", slot is null ? "" : $"{slot.PlaceName} ({slot.PlaceAddress})"), ("phone", phone))), cancellationToken);
    }

    private async Task<DialogTurnResult> BookAsync(WaterfallStepContext<Draft> step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            step.Context.SendText(BookingTexts.NotBooked);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var draft = step.State;
        var (oaId, userId) = (step.Context.Activity.AccountId, step.Context.Activity.UserId);
        // The booking commits before this turn does; naming the message lets a run of the turn again find it.
        var inboxId = step.Context.InboxId();
        var outcome = draft.RescheduleCode is { } code
            ? await _desk.RescheduleAsync(oaId, code, draft.Start!.Value, userId, inboxId).ConfigureAwait(false)
            : await _desk.BookAsync(new BookingRequest(oaId, draft.ServiceId!, draft.Start!.Value, userId, null, draft.Phone, InboxId: inboxId))
                .ConfigureAwait(false);
        if (outcome.Appointment is { } appointment)
        {
            _confirmation.Send(step.Context, appointment, rescheduled: draft.RescheduleCode is not null);
            return await step.EndDialogAsync(appointment.Id, cancellationToken).ConfigureAwait(false);
        }
        switch (outcome.Refusal)
        {
            case BookingRefusal.SlotFull or BookingRefusal.TooSoon or BookingRefusal.Closed or BookingRefusal.NotASlot or BookingRefusal.BeyondHorizon:
                // Someone took the last place (or the office closed) while the resident was choosing: fresh choices.
                step.Context.SendText(BookingTexts.SlotFull);
                return await step.ReplaceDialogAsync(DialogId,
                    new BookingStart(draft.ServiceId, draft.RescheduleCode), cancellationToken).ConfigureAwait(false);
            case BookingRefusal.AlreadyBookedThatDay:
                step.Context.SendText(BookingTexts.AlreadyThatDay);
                break;
            case BookingRefusal.NotFound:
                // The booking being moved was cancelled or closed by the office meanwhile.
                step.Context.SendText(BookingTexts.OriginalGone);
                break;
            default:
                step.Context.SendText(BookingTexts.LimitReached);
                break;
        }
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"0912…" as residents write their numbers, rather than the stored 84… form.</summary>
    private static Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext<Draft> step, CancellationToken cancellationToken)
    {
        step.Context.SendText(BookingTexts.GaveUp);
        return step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A day from the list by its number, or typed ("thứ 5", "20/12", "mai"); null when neither.</summary>
    private static DateOnly? DayOf(ITurnContext turn, Draft draft, string text)
    {
        var listed = draft.ListedDays ?? [];
        if (NumberRecognizer.Recognize(text) is { } number && number >= 1 && number <= listed.Count && DateRecognizerSaysNothing(turn, text))
        {
            return listed[(int)number - 1];
        }
        // "Tôi đến khoảng 8 giờ sáng." just after asking whether the office works on Sunday: that Sunday.
        return new DateRecognizer(turn.Clock).Recognize(text)
            ?? (TimeRecognizer.Recognize(text) is not null || TimeRecognizer.RecognizePartOfDay(text) is not null ? DayAskedAbout.Recall(turn) : null);
    }

    // "20/12" is a date, not item 20; a bare number is an item.
    private static bool DateRecognizerSaysNothing(ITurnContext turn, string text) =>
        text.Contains('/', StringComparison.Ordinal) is false || new DateRecognizer(turn.Clock).Recognize(text) is null;

    private bool CheckDay(PromptValidatorContext<string> check)
    {
        var turn = check.Context;
        var draft = DraftOf(turn);
        if (DayOf(turn, draft, check.Value) is not { } day)
        {
            // "Tôi đến lúc 15 giờ" before any day: the time is kept for the day's answer, and only the day asked again.
            var time = TimeRecognizer.Recognize(check.Value);
            var part = TimeRecognizer.RecognizePartOfDay(check.Value);
            if (time is not null || part is not null)
            {
                (draft.WantedTime, draft.WantedPart) = (time ?? draft.WantedTime, part ?? draft.WantedPart);
                WriteState(InstanceOf(turn), draft);
                check.RetryText = turn.Texts.Get(BookingTexts.DayForTime,
                    ("time", time is { } t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : PartWords[part!.Value]));
                check.PartlyTaken = true;
                return false;
            }
            check.RetryText = turn.Texts.Get(BookingTexts.DayRetry);
            return false;
        }
        if (_desk.Slots(turn.Activity.AccountId, draft.ServiceId!, day).Any(s => s.PlacesLeft > 0))
        {
            return true;
        }
        check.RetryText = turn.Texts.Get(BookingTexts.DayUnavailable, ("day", AppointmentTime.Day(day)));
        return false;
    }

    private bool CheckTime(PromptValidatorContext<string> check)
    {
        if (SlotOf(check.Context, DraftOf(check.Context), check.Value) is not null)
        {
            return true;
        }
        check.RetryText = check.Context.Texts.Get(BookingTexts.TimeRetry);
        return false;
    }

    private List<SlotAvailability> FreeSlots(ITurnContext turn, Draft draft) =>
        [.. _desk.Slots(turn.Activity.AccountId, draft.ServiceId!, draft.Day!.Value).Where(s => s.PlacesLeft > 0)];

    /// <summary>
    /// A slot by its time ("8h30", "14:00"), its number in the list, or a part of the day ("sáng sớm", "buổi chiều"),
    /// which takes that part's first free slot: the confirmation that follows shows it, and "không" picks again.
    /// </summary>
    private SlotAvailability? SlotOf(ITurnContext turn, Draft draft, string text)
    {
        if (TimeRecognizer.Recognize(text) is { } time)
        {
            return SlotAt(turn, draft, time);
        }
        var slots = FreeSlots(turn, draft);
        if (NumberRecognizer.Recognize(text) is { } number)
        {
            return number >= 1 && number <= slots.Count ? slots[(int)number - 1] : null;
        }
        if (TimeRecognizer.RecognizePartOfDay(text) is not { } part)
        {
            return null;
        }
        var inPart = slots.Where(s => PartOf(TimeOnly.FromDateTime(VietnamTime.ToLocal(s.Start).DateTime)) == part).ToList();
        // "cuối giờ chiều", "chiều muộn": that part's last slot rather than its first.
        var padded = " " + Shorthand.Normalize(text) + " ";
        var late = LateWords.Any(word => padded.Contains(word, StringComparison.Ordinal));
        return late ? inPart.LastOrDefault() : inPart.FirstOrDefault();
    }

    private static readonly Dictionary<PartOfDay, string> PartWords = new()
    {
        [PartOfDay.Morning] = "buổi sáng", [PartOfDay.Noon] = "buổi trưa", [PartOfDay.Afternoon] = "buổi chiều", [PartOfDay.Evening] = "buổi tối",
    };

    // Not "muộn" alone: it folds like "muốn" ("tôi muốn đến sớm").
    private static readonly string[] LateWords = [" cuoi ", " muon nhat ", " tre nhat ", " chieu muon ", " sang muon ", " chieu tre ", " sat gio "];

    /// <summary>The free slot at <paramref name="time"/>; "3h", "2 rưỡi" with no slot before dawn are the afternoon's.</summary>
    private SlotAvailability? SlotAt(ITurnContext turn, Draft draft, TimeOnly time)
    {
        var free = FreeSlots(turn, draft);
        SlotAvailability? At(TimeOnly clock) =>
            free.FirstOrDefault(s => AppointmentTime.Clock(s.Start) == clock.ToString("HH:mm", CultureInfo.InvariantCulture));
        return At(time) ?? (time.Hour is >= 1 and <= 6 ? At(time.AddHours(12)) : null);
    }

    private static PartOfDay PartOf(TimeOnly time) => time.Hour switch
    {
        < 11 => PartOfDay.Morning,
        < 13 => PartOfDay.Noon,
        < 18 => PartOfDay.Afternoon,
        _ => PartOfDay.Evening,
    };

    /// <summary>The draft of the booking dialog under the prompt now asking: validators see only the turn, so they read it from the stack.</summary>
    /// <summary>
    /// "À nhầm, thứ 6 chứ, vẫn 8 rưỡi", "à nhầm, 10h30 chứ" once the time is chosen (at the phone or the summary): the
    /// booking starts again from what is kept (the service, the day unless a new one is said, the phone unless a new
    /// one is needed) and asks only what the correction leaves open. A phone number or a yes is the question's own.
    /// </summary>
    public override async Task<bool> TryCorrectAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text;
        // "Người thuê nhà đã tự nộp trực tuyến, vậy tôi xin hủy lịch hẹn này" while moving it: the appointment is to be
        // cancelled, not moved; the appointments' own cancel asks to confirm.
        if (StateOf(instance) is { RescheduleCode: not null } && _understander.Of(dc.Context) is { Date: null } asked
            && asked.Is(Intents.CancelAppointment))
        {
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            await _frontDoor.RouteAsync(dc, cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (StateOf(instance) is { ServiceId: null } unchosen && !string.IsNullOrWhiteSpace(text)
            && BookableNamedWithTheRest(dc, text) is { } whole)
        {
            // "Vậy tôi xin đặt lịch đăng ký thường trú vào chiều thứ Ba tuần sau, lúc 2 giờ 30, số điện thoại 0904 …" where
            // the service is asked: the booking starts again with all it says, as if asked for at the front door.
            await dc.ReplaceWithItsQuestionsAsync(instance, DialogId, whole with { RescheduleCode = unchosen.RescheduleCode }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        if (StateOf(instance) is not { Day: not null, ServiceId: { } service } draft || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        if (PhoneRecognizer.Normalize(text) is { } phone)
        {
            // "em gõ nhầm, số đúng là 0358 907 241" at the summary: the summary again with that number.
            if (dc.ActiveDialog?.Id != ConfirmPrompt || draft.Start is not { } booked || phone == draft.Phone)
            {
                return false;
            }
            var clock = TimeOnly.FromDateTime(VietnamTime.ToLocal(booked).DateTime);
            await dc.ReplaceWithItsQuestionsAsync(instance, DialogId,
                new BookingStart(service, draft.RescheduleCode, draft.Day, clock, null, phone, PhoneAnswered: true), cancellationToken).ConfigureAwait(false);
            return true;
        }
        var meaning = _understander.Of(dc.Context);
        var today = VietnamTime.Today(dc.Context.Clock);
        var day = meaning.Date is { } date && date >= today ? date : (DateOnly?)null;
        // "cơ quan làm việc đến mấy giờ chiều ạ?", "thứ Bảy bên mình mở tới trưa hay cả ngày?": a question about the office
        // names a time of day, but moves nothing; it is answered on the side.
        if (meaning.IsQuestion && (meaning.Is(Intents.OfficeInfo) || OfficeQuestion.IsAbout(text)))
        {
            return false;
        }
        // "… thì có nhận giấy ngay trong buổi sáng hôm đó không?": a long question naming only a part of the day asks about
        // it and moves nothing ("chiều được không?" is short and does); nor does one naming a day without asking to move to
        // it ("hạn tạm trú của tôi hết vào 20/12 thì có kịp không").
        if (meaning.IsQuestion && meaning.Time is null && meaning.Normalized.Split(' ').Length > MaxWordsOfAMove
            && (day is null || !meaning.Mentions(MoveWords)))
        {
            return false;
        }
        // "có", "ok 8h nhé" answer the step; "à không, cho tôi thứ Bảy" names another day and corrects, as "chưa đúng, đổi
        // lại 8h rưỡi" names another time: a no with a time is no refusal of the booking.
        if (YesNoRecognizer.Recognize(text) is { } answer && (answer || (meaning.Time is null && meaning.PartOfDay is null))
            && (day is null || day == draft.Day))
        {
            return false;
        }
        if (day is null && meaning.Time is null && meaning.PartOfDay is null)
        {
            return false;
        }
        // While the time is asked, a time is its answer; only another day ("à không, cho tôi sáng thứ Bảy") corrects.
        if (draft.Start is null && (day is null || day == draft.Day))
        {
            return false;
        }
        // At the summary the phone question was answered (a number or "bỏ qua"): it is not asked again.
        var phoneAnswered = dc.ActiveDialog?.Id == ConfirmPrompt;
        // "thứ 6 chứ không phải thứ 5": another day at the same time.
        var time = meaning.Time ?? (meaning.PartOfDay is null && draft.Start is { } chosen ? TimeOnly.FromDateTime(VietnamTime.ToLocal(chosen).DateTime) : null);
        var start = new BookingStart(service, draft.RescheduleCode, day ?? draft.Day, time, meaning.PartOfDay, draft.Phone, phoneAnswered, Corrected: true);
        await dc.ReplaceWithItsQuestionsAsync(instance, DialogId, start, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private const int MaxWordsOfAMove = 8;

    /// <summary>A booking the message asks for whole: a service this account books, with a day or a time, or null.</summary>
    private BookingStart? BookableNamedWithTheRest(DialogContext dc, string text)
    {
        var meaning = _understander.Of(dc.Context);
        var today = VietnamTime.Today(dc.Context.Clock);
        var day = meaning.Date is { } date && date >= today ? date : (DateOnly?)null;
        // A day alone may be another's ("đánh rơi cả ví ở chợ hôm chủ nhật"): with a time, or said as a booking.
        if ((day is null && meaning.Time is null) || (meaning.Time is null && !meaning.Is(Intents.Book)))
        {
            return null;
        }
        var calendar = _calendar.For(dc.Context.Activity.AccountId);
        var service = ProcedureMention.InMessageOrClauses(_procedures, _understander, meaning)
            .Select(named => calendar?.Service(named.Id)?.Id).FirstOrDefault(id => id is not null);
        var phone = PhoneRecognizer.Normalize(text);
        return service is null ? null : new BookingStart(service, null, day, meaning.Time, meaning.PartOfDay, phone, PhoneAnswered: phone is not null);
    }

    // What a resident says to move a booking: "đổi sang thứ 6", "cho tôi ngày 20", "dời qua chiều mai".
    private static readonly string[] MoveWords = ["doi", "chuyen", "sang", "qua", "cho toi", "cho em", "lay", "dat", "hen"];

    /// <summary>The procedure a service answer names, in the whole message or in one of its clauses.</summary>
    private string? ServiceNamedIn(string text) =>
        ProcedureMention.InMessageOrClauses(_procedures, _understander, _understander.Understand(text)).FirstOrDefault()?.Id;

    private Draft DraftOf(ITurnContext turn) => StateOf(InstanceOf(turn)) ?? new Draft();

    /// <summary>This booking's stored instance, for its prompts' validators, which run while a prompt is on top of it.</summary>
    private static DialogInstance InstanceOf(ITurnContext turn) =>
        ConversationStateMiddleware.Of(turn).State.DialogStack.Last(instance => instance.Id == DialogId);


    public sealed class Draft
    {
        public string? ServiceId { get; set; }
        public string? ServiceName { get; set; }
        public List<DateOnly>? ListedDays { get; set; }
        public DateOnly? Day { get; set; }
        public DateTimeOffset? Start { get; set; }
        public string? Phone { get; set; }
        public string? RescheduleCode { get; set; }

        /// <summary>A time or part of the day the resident already said, to pick the slot without asking.</summary>
        public TimeOnly? WantedTime { get; set; }

        public PartOfDay? WantedPart { get; set; }
    }
}
