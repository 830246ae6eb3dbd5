using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Procedures.Answers;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>"Lịch hẹn của tôi": the upcoming bookings; pick one to reschedule or cancel it (cancelling is confirmed).</summary>
public sealed class MyAppointmentsDialog(BookingDesk desk, Understander understander, IFrontDoor frontDoor) : FollowUpDialog(DialogId, frontDoor)
{
    public const string DialogId = "my-appointments";

    private const string ModeKey = "mode";
    private const string CodeKey = "code";
    private const string ActionKey = "action";

    private static readonly string[] KeepPhrases = [" khong huy ", " dung huy ", " chua huy ", " khoi huy "];
    private const string DayKey = "day";
    private const string TimeKey = "time";
    private const string PartKey = "part";
    public const string Reschedule = "reschedule";
    public const string Cancel = "cancel";
    private const string Yes = "yes";
    private const string No = "no";

    /// <param name="options">An <see cref="AppointmentRequest"/> when the resident already said what to do; null lists the bookings.</param>
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var upcoming = desk.Upcoming(turn.Activity.AccountId, turn.Activity.UserId);
        if (upcoming.Count == 0)
        {
            turn.SendText(BookingTexts.None);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        // "hôm đó tôi cần mang theo những gì": the procedure booked is the one asked about next.
        if (upcoming.Select(a => a.ServiceId).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            ProcedureTopic.Remember(turn, upcoming[0].ServiceId);
        }
        var instance = dc.ActiveDialog!;
        if (options is AppointmentRequest { Action: Cancel or Reschedule } request)
        {
            instance.State[ActionKey] = request.Action;
            instance.State[DayKey] = request.Day?.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            instance.State[TimeKey] = request.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            instance.State[PartKey] = request.PartOfDay?.ToString();
            // "hủy lịch hẹn" with one booking, or "hủy lịch đăng ký tạm trú" naming one of several: straight to that
            // booking's confirmation, or its new time.
            var named = request.ServiceId is { } service ? upcoming.Where(a => a.ServiceId == service).ToList() : [];
            if (upcoming.Count == 1 || named.Count == 1)
            {
                instance.State[CodeKey] = (upcoming.Count == 1 ? upcoming[0] : named[0]).Code;
                return await ActAsync(dc, request.Action, cancellationToken).ConfigureAwait(false);
            }
        }
        instance.State[ModeKey] = "pick";
        return Offer(dc, turn.Texts.Get(BookingTexts.List), [.. upcoming.Select(a => new Choice(a.Code, LineOf(turn, a), [a.Code]))]);
    }

    /// <summary>A booking as the list shows it: "C-001 Cấp lại thẻ căn cước (bị mất): Thứ Sáu 04/12 lúc 10:00 (…, mã 2BSZXB)".</summary>
    internal static string LineOf(ITurnContext turn, Appointment appointment) =>
        turn.Texts.Get(BookingTexts.Line, new Dictionary<string, string>
        {
            ["ticket"] = appointment.Ticket, ["service"] = appointment.ServiceName, ["when"] = AppointmentTime.DayAndClock(appointment.Start),
            ["place"] = appointment.PlaceName, ["code"] = appointment.Code,
        });

    protected override async Task<DialogTurnResult> OnPickedAsync(DialogContext dc, string value, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var texts = dc.Context.Texts;
        switch (instance.State[ModeKey]?.GetValue<string>())
        {
            case "pick" when value.Split(':') is [var named, var code]:
                instance.State[ActionKey] = named;
                if (code.Length > 0)
                {
                    instance.State[CodeKey] = code;
                    return await ActAsync(dc, named, cancellationToken).ConfigureAwait(false);
                }
                // Which one? The list again; the number picked then takes the action.
                await RepromptAsync(dc.Context, instance, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            case "pick":
                instance.State[CodeKey] = value;
                if (instance.State[ActionKey]?.GetValue<string>() is { } action)
                {
                    return await ActAsync(dc, action, cancellationToken).ConfigureAwait(false);
                }
                instance.State[ModeKey] = "action";
                return Offer(dc, texts.Get(BookingTexts.AskAction),
                    [new Choice(Reschedule, texts.Get(BookingTexts.ActionReschedule), ["doi", "doi lich", "doi ngay", "doi gio", "doi sang"]),
                     new Choice(Cancel, texts.Get(BookingTexts.ActionCancel), ["huy", "huy lich", "huy hen", "khong den"])]);
            case "action":
                return await ActAsync(dc, value, cancellationToken).ConfigureAwait(false);
            case "confirm" when value == Yes:
                var cancelled = await desk.CancelAsync(dc.Context.Activity.AccountId, CodeOf(instance), dc.Context.Activity.UserId, dc.Context.InboxId())
                    .ConfigureAwait(false);
                dc.Context.SendText(cancelled ? BookingTexts.Cancelled : BookingTexts.None, new Dictionary<string, string> { ["code"] = CodeOf(instance) });
                return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                dc.Context.SendText(BookingTexts.Kept);
                return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override string? Interpret(DialogContext dc, string text)
    {
        var mode = dc.ActiveDialog!.State[ModeKey]?.GetValue<string>();
        if (mode == "pick")
        {
            return PickedWithAction(dc.ActiveDialog!, text) ?? MovedIn(dc, text) ?? NamedIn(dc, text);
        }
        if (mode != "confirm")
        {
            return null;
        }
        // "tôi vẫn giữ lịch", "ừ hủy đi": a sentence that answers the confirmation. Asked "hủy?", a "hủy" in the answer
        // is a yes, unless negated.
        var normalized = " " + Shorthand.Normalize(text) + " ";
        // Clause by clause: "đúng, hủy" (yes, cancel) folds like "đừng hủy" (do not) but for its comma.
        var clauses = VietnameseText.Clauses(text).Select(clause => " " + Shorthand.Normalize(clause) + " ").ToList();
        if (normalized.Contains(" giu ", StringComparison.Ordinal)
            || clauses.Any(clause => KeepPhrases.Any(p => clause.Contains(p, StringComparison.Ordinal))))
        {
            return No;
        }
        if (normalized.Contains(" huy ", StringComparison.Ordinal))
        {
            return Yes;
        }
        return YesNoRecognizer.Recognize(text) switch
        {
            true => Yes,
            false => No,
            null => null,
        };
    }

    /// <summary>
    /// "hủy", "hủy lịch này giúp tôi", "đổi lịch", "hủy số 2" at the list of bookings: the action, with the booking when
    /// the words or a list of one name it ("cancel:CODE"), or alone ("cancel:") to ask which. A clause saying more ("đổi
    /// sang thứ 2", "hủy lịch thứ 5") goes to the front door, which reads the day too; a clause of reasons around the
    /// action ("hủy giúp tôi, nhà đó bán rồi") does not stop it.
    /// </summary>
    private static string? PickedWithAction(DialogInstance instance, string text)
    {
        var codes = ChoicesOf(instance).Select(c => c.Value).ToList();
        foreach (var clause in VietnameseText.Clauses(text).Select(Shorthand.Normalize))
        {
            var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ActionSaidIn(clause) is not { } action)
            {
                continue;
            }
            var number = words.Select(w => int.TryParse(w, out var n) ? n : 0).FirstOrDefault(n => n >= 1 && n <= codes.Count);
            if (!words.All(w => ActionWords.Contains(w) || (int.TryParse(w, out var n) && n == number)))
            {
                return null;
            }
            var code = codes.Count == 1 ? codes[0] : number > 0 ? codes[number - 1] : "";
            return action + ":" + code;
        }
        return null;
    }

    /// <summary>
    /// "Thứ Năm công ty không cho nghỉ, dời sang thứ Hai tuần sau, giờ như cũ" at a list of one booking: that booking moved
    /// to the day (and time) named, the time kept when the resident says so. Null when the message moves nothing.
    /// </summary>
    private string? MovedIn(DialogContext dc, string text)
    {
        var instance = dc.ActiveDialog!;
        var meaning = understander.Of(dc.Context);
        if (ChoicesOf(instance) is not [var only] || !meaning.Mentions("doi", "doi lich", "chuyen", "dat lai", "lui")
            || (meaning.Date is null && meaning.Time is null && meaning.PartOfDay is null))
        {
            return null;
        }
        var time = meaning.Time;
        if (time is null && meaning.Mentions("nhu cu", "gio cu", "giu nguyen", "giu gio", "van gio do"))
        {
            var turn = dc.Context;
            time = desk.Upcoming(turn.Activity.AccountId, turn.Activity.UserId).FirstOrDefault(a => a.Code == only.Value) is { } booked
                ? TimeOnly.FromDateTime(VietnamTime.ToLocal(booked.Start).DateTime)
                : null;
        }
        instance.State[DayKey] = meaning.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        instance.State[TimeKey] = time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        instance.State[PartKey] = meaning.PartOfDay?.ToString();
        return Reschedule + ":" + only.Value;
    }

    /// <summary>
    /// "cái gia hạn tạm trú", "Cái khai báo tạm vắng ấy." at the list: the booking whose service the message names, by more
    /// pairs of words of its name than any other booking's, with the action said beside it ("hủy cái tạm trú"); null when
    /// none, or two, are named as much, and when the message says more (a question, a day), which the front door reads.
    /// </summary>
    private string? NamedIn(DialogContext dc, string text)
    {
        var turn = dc.Context;
        var meaning = understander.Of(turn);
        var said = " " + meaning.Normalized + " ";
        // "đổi cái tạm trú sang thứ 2": a day is the front door's to read.
        if (meaning.IsQuestion || meaning.Normalized.Split(' ').Length > MaxWordsOfAName
            || meaning.Date is not null || meaning.Time is not null || meaning.PartOfDay is not null)
        {
            return null;
        }
        // "hủy cái tạm trú" after "đổi lịch": the action said now wins over the one asked before.
        var action = ActionSaidIn(meaning.Normalized);
        var listed = ChoicesOf(dc.ActiveDialog!).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var named = desk.Upcoming(turn.Activity.AccountId, turn.Activity.UserId)
            .Where(a => listed.Contains(a.Code))
            .Select(a => (a.Code, Said: PairsOf(a.ServiceName).Count(pair => said.Contains(" " + pair + " ", StringComparison.Ordinal))))
            .Where(a => a.Said > 0)
            .OrderByDescending(a => a.Said)
            .ToList();
        var code = named is [var only] || (named.Count > 1 && named[0].Said > named[1].Said) ? named[0].Code : null;
        return code is null ? null : action is null ? code : action + ":" + code;
    }

    // "cái đăng ký thường trú của con tôi ấy": a name and a few words pointing at it.
    private const int MaxWordsOfAName = 9;

    private static IEnumerable<string> PairsOf(string name)
    {
        var words = VietnameseText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Zip(words.Skip(1), (a, b) => a + " " + b);
    }

    /// <summary>The action a normalized message says on a booking ("hủy", "đổi lịch"), cancelling first; null when none.</summary>
    private static string? ActionSaidIn(string normalized) =>
        Shorthand.Mentions(normalized, CancelWords) ? Cancel : Shorthand.Mentions(normalized, RescheduleWords) ? Reschedule : null;

    private static readonly string[] CancelWords = ["huy", "khong den", "khong di", "bo lich"];
    private static readonly string[] RescheduleWords = ["doi", "doi lich", "dat lai", "doi ngay", "doi gio"];

    // The words of a bare action: the verb, the booking, politeness. Any other word says what the front door must read.
    private static readonly HashSet<string> ActionWords = new(
        ["huy", "doi", "dat", "lai", "lich", "hen", "khong", "den", "di", "bo", "ngay", "gio", "giup", "gium", "dum", "toi", "em",
         "minh", "a", "nhe", "nha", "ad", "admin", "cai", "nay", "do", "voi", "so", "u", "ok", "vang", "da", "oi", "anh", "chi", "thoi", "luon",
         // Wanting and having to: "chắc tui phải hủy cái lịch đó thôi", "em muốn hủy".
         "chac", "phai", "muon", "xin", "can", "nho", "cho"],
        StringComparer.Ordinal);

    /// <summary>Whether a message says nothing but an action on a booking ("muốn đổi lịch", "hủy lịch giúp em"): its "đổi" is
    /// moving a booking, not the "cấp đổi" of a service.</summary>
    internal static bool SaysOnlyTheAction(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(ActionWords.Contains);

    /// <summary>Reschedules the chosen booking (from the day already named, if any), or asks to confirm its cancelling.</summary>
    private async Task<DialogTurnResult> ActAsync(DialogContext dc, string action, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        if (action == Reschedule)
        {
            var appointment = desk.Upcoming(dc.Context.Activity.AccountId, dc.Context.Activity.UserId).FirstOrDefault(a => a.Code == CodeOf(instance));
            var day = instance.State[DayKey]?.GetValue<string>() is { } text ? DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            var time = instance.State[TimeKey]?.GetValue<string>() is { } clock ? TimeOnly.Parse(clock, System.Globalization.CultureInfo.InvariantCulture) : (TimeOnly?)null;
            var part = Enum.TryParse<PartOfDay>(instance.State[PartKey]?.GetValue<string>(), out var named) ? named : (PartOfDay?)null;
            await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            if (appointment is null)
            {
                dc.Context.SendText(BookingTexts.OriginalGone);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            }
            // "sang buổi chiều cùng ngày", "lúc 15h": only the time changes, so the day stays the booking's own.
            day ??= time is not null || part is not null ? AppointmentTime.LocalDay(appointment.Start) : null;
            return await dc.BeginDialogAsync(BookingDialog.DialogId, new BookingStart(appointment.ServiceId, appointment.Code, day, time, part), cancellationToken).ConfigureAwait(false);
        }
        var texts = dc.Context.Texts;
        instance.State[ModeKey] = "confirm";
        return Offer(dc, texts.Get(BookingTexts.ConfirmCancel, new Dictionary<string, string> { ["code"] = CodeOf(instance) }),
            [new Choice(Yes, texts.Get(BookingTexts.CancelYes), ["co", "dong y", "ok", "u", "huy", "huy di", "chac chan"]),
             new Choice(No, texts.Get(BookingTexts.CancelNo), ["khong", "giu", "giu lai", "van giu", "thoi"])]);
    }

    private static string CodeOf(Conversation.Dialogs.DialogInstance instance) => instance.State[CodeKey]?.GetValue<string>() ?? "";
}
