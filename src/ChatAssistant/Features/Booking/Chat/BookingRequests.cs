using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
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
        var whole = procedures.Search(meaning.Text);
        var start = new BookingStart(
            ServiceId: ServiceOf(dc.Context.Activity.AccountId, meaning, whole) ?? TopicService(dc, whole),
            Day: meaning.Date is { } day && day >= today ? day : null,
            Time: meaning.Time,
            PartOfDay: meaning.PartOfDay,
            Phone: phone,
            PhoneAnswered: phone is not null);
        await dc.BeginDialogAsync(BookingDialog.DialogId, start, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The service the request names, in the whole message or one of its clauses: a procedure the search is sure of, when
    /// this account books it.
    /// </summary>
    /// <param name="whole">The search of the whole message, when the caller already ran it.</param>
    internal string? ServiceOf(string oaId, MessageMeaning meaning, SearchResult? whole = null) =>
        ProcedureMention.InMessageOrClauses(procedures, understander, meaning, whole)
            .Select(named => calendar.For(oaId)?.Service(named.Id)?.Id)
            .FirstOrDefault(id => id is not null);

    /// <summary>
    /// "đặt lịch luôn" after asking about a procedure: that procedure, when it is booked here and the request names no
    /// other ("đặt lịch căn cước" after a question on temporary residence asks which identity card procedure, not the topic).
    /// </summary>
    private string? TopicService(DialogContext dc, SearchResult named) =>
        topic.Recall(dc.Context) is { } id && calendar.For(dc.Context.Activity.AccountId)?.Service(id) is { } service
        && (named.Confidence == SearchConfidence.OutOfScope || named.Hits.Any(hit => hit.Procedure.Id == id))
            ? service.Id
            : null;
}
