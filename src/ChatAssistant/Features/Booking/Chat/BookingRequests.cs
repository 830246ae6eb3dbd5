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
internal sealed class BookingRequests(ProcedureIndex procedures, BookingCalendar calendar, ProcedureTopic topic, TimeProvider clock) : IIntentHandler
{
    // Words of the request and of its time, not of the service: left in, they dilute the search for the service.
    private static readonly HashSet<string> RequestWords = new(
    [
        "dat", "lich", "hen", "lay", "so", "boc", "dang", "ky", "cho", "em", "toi", "minh", "anh", "chi", "con", "chau", "admin", "oi",
        "a", "nhe", "voi", "giup", "muon", "can", "xin", "duoc", "khong", "luon", "di", "vao", "luc", "ngay", "mai", "mot", "kia", "nay",
        "thu", "tuan", "sau", "toi", "sang", "chieu", "trua", "som", "gio", "ruoi", "chu", "nhat", "hom", "buoi", "khoang", "nop",
        "truc", "kinh", "chao", "quy", "co", "quan", "hoi", "con", "cho", "me", "bo", "cha", "vo", "chong", "gia", "dinh", "ong", "ba",
        "cua", "minh", "trong", "tuan", "nay", "xem", "duoc", "khong", "a", "oi", "ad", "nhe", "nha", "giup", "voi", "em", "dum", "tiep", "de", "di", "nua", "thang", "hai", "ba", "tu", "nam", "sau", "bay",
    ], StringComparer.Ordinal);

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.Book];

    public async Task<bool> HandleAsync(DialogContext dc, MessageMeaning meaning, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var start = new BookingStart(
            ServiceId: ServiceOf(dc.Context.Activity.AccountId, meaning) ?? TopicService(dc),
            Day: meaning.Date is { } day && day >= today ? day : null,
            Time: meaning.Time,
            PartOfDay: meaning.PartOfDay);
        await dc.BeginDialogAsync(BookingDialog.DialogId, start, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The service the request names: a procedure the search is sure of, when this account books it.</summary>
    private string? ServiceOf(string oaId, MessageMeaning meaning)
    {
        var words = meaning.Normalized.Split(' ').Where(w => !RequestWords.Contains(w) && !w.Any(char.IsAsciiDigit)).ToList();
        return Booked(oaId, meaning.Text) ?? (words.Count == 0 ? null : Booked(oaId, string.Join(' ', words)));
    }

    private string? Booked(string oaId, string query)
    {
        var result = procedures.Search(query, 3);
        return result.Confidence == SearchConfidence.Confident && calendar.For(oaId)?.Service(result.Hits[0].Procedure.Id) is { } service
            ? service.Id
            : null;
    }

    /// <summary>"đặt lịch luôn" after asking about a procedure: that procedure, when it is booked here.</summary>
    private string? TopicService(DialogContext dc) =>
        topic.Recall(dc.Context) is { } id && calendar.For(dc.Context.Activity.AccountId)?.Service(id) is { } service ? service.Id : null;
}
