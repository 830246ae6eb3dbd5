using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Procedures.Answers;
using ChatAssistant.Features.Procedures.Search;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>
/// "Cho em đặt lịch làm căn cước sáng thứ 5": booking begins with what the request already says (the service, the day,
/// the time or part of the day), so only what is missing is asked.
/// </summary>
internal sealed class BookingRequests(ProcedureIndex procedures, BookingCalendar calendar, ProcedureTopic topic, Understander understander, TimeProvider clock) : IIntentHandler
{
    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.Book];

    public async Task<bool> HandleAsync(DialogContext dc, MessageMeaning meaning, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        // "đặt lịch tạm trú mai 10h, sđt e 0961 442 338": the phone too, so it is not asked.
        var phone = PhoneRecognizer.Normalize(meaning.Text);
        var start = new BookingStart(
            ServiceId: ServiceOf(dc.Context.Activity.AccountId, meaning) ?? TopicService(dc),
            Day: meaning.Date is { } day && day >= today ? day : null,
            Time: meaning.Time,
            PartOfDay: meaning.PartOfDay,
            Phone: phone,
            PhoneAnswered: phone is not null);
        await dc.BeginDialogAsync(BookingDialog.DialogId, start, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The service the request names: a procedure the search is sure of, when this account books it; in the whole
    /// message, or in one of its clauses ("Kính gửi Công an phường, tôi là Nguyễn Minh Tuấn. Năm nay tôi tròn 40 tuổi nên
    /// thẻ căn cước phải đổi, tôi xin đặt lịch hẹn": the rest of a long letter dilutes the search).
    /// </summary>
    internal string? ServiceOf(string oaId, MessageMeaning meaning) =>
        Booked(oaId, ProcedureMention.Find(procedures, meaning))
        ?? VietnameseText.Clauses(meaning.Text)
            .Where(clause => clause.Length < meaning.Text.Length)
            .Select(clause => Booked(oaId, ProcedureMention.Find(procedures, understander.Understand(clause))))
            .FirstOrDefault(id => id is not null);

    private string? Booked(string oaId, Procedures.Procedure? named) =>
        named is not null && calendar.For(oaId)?.Service(named.Id) is { } service ? service.Id : null;

    /// <summary>"đặt lịch luôn" after asking about a procedure: that procedure, when it is booked here.</summary>
    private string? TopicService(DialogContext dc) =>
        topic.Recall(dc.Context) is { } id && calendar.For(dc.Context.Activity.AccountId)?.Service(id) is { } service ? service.Id : null;
}
