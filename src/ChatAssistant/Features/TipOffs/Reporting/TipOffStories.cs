using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.TipOffs.Emergency;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// Reports asked for in words: "tố giác" begins the report (through its menu line), a story of a crime is offered as a
/// report first, and a danger happening now gets the emergency number when the emergency line had no word for it.
/// </summary>
internal sealed class TipOffStories(DraftSeal seal, EmergencyLine emergencyLine) : IIntentHandler
{
    // "báo tin", "em muốn tố giác ạ": a request to report, not yet a story.
    private const int MaxWordsOfARequest = 5;

    private const int MaxWordsOfAKind = 4;

    internal const float SureOfDanger = 0.8f;

    // Words beyond the request that make it a story: "em muốn báo tin về một vụ trộm" names a kind, no more.
    private const int MinWordsOfAStory = 4;

    private static readonly HashSet<string> RequestWords = new(
        ["em", "toi", "minh", "chau", "muon", "xin", "cho", "duoc", "bao", "tin", "to", "giac", "cao", "trinh", "cong", "an", "ve", "vu",
         "viec", "mot", "nay", "a", "ad", "admin", "oi", "voi", "giup", "can", "gui", "pham", "la", "khai", "phan", "anh", "ninh"],
        StringComparer.Ordinal);

    private static bool TellsAStory(MessageMeaning meaning) =>
        meaning.Normalized.Split(' ').Count(word => !RequestWords.Contains(word)) >= MinWordsOfAStory;

    private static readonly string[] PoliceCame =
        ["cong an toi roi", "cong an den roi", "cong an da toi", "cong an da den", "cong an vua toi", "cong an vua den", "cong an toi noi roi",
         "cong an den noi roi", "cong an da xu ly", "cong an xu ly roi", "cong an bat roi", "cong an da bat"];

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.ReportCrime, Understanding.Intents.Emergency];

    public async Task<bool> HandleAsync(DialogContext dc, MessageMeaning meaning, CancellationToken cancellationToken)
    {
        var category = TipOffReportDialog.CategoryNamedIn(meaning.Text)?.Code;
        // "đánh nhau", "cờ bạc, cá độ": a kind alone asks to report it; the report begins with the kind chosen.
        if (category is not null && meaning.Normalized.Split(' ').Length <= MaxWordsOfAKind)
        {
            await dc.BeginDialogAsync(TipOffReportDialog.DialogId, new TipOffStart(category, null), cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (meaning.Guess is { Intent: Understanding.Intents.Emergency } danger)
        {
            // Danger guessed unsurely, with no emergency word in it, is still a story of a crime ("nhà bên cạnh có người đánh
            // bạc") and is offered as a report, as any story is; a question is neither ("phạt nguội tra ở đâu"), nor news of
            // a danger just given its number ("gọi được rồi, xe cứu hỏa đang tới").
            // So is one the emergency line gave 113 for ("nó đang cầm dao dọa"); a fire or a hurt person alone had their
            // number and are no crime to report.
            var kind = EmergencyWords.Recognize(meaning.Text);
            if (danger.Confidence < SureOfDanger)
            {
                var crime = kind == EmergencyKind.None ? !emergencyLine.ToldLately(dc.Context.Activity) : kind.HasFlag(EmergencyKind.Police);
                return crime && !meaning.IsQuestion && await OfferAsync(dc, meaning, category, cancellationToken).ConfigureAwait(false);
            }
            // Sure: the number to call is the reply. The emergency line gave it before any route; when it stayed quiet (it
            // said so minutes ago), the number again rather than silence.
            if (dc.Context.Sent.Count == 0)
            {
                dc.Context.SendText(kind.HasFlag(EmergencyKind.Fire) ? TipOffTexts.EmergencyFire
                    : kind == EmergencyKind.Medical ? TipOffTexts.EmergencyMedical
                    : TipOffTexts.EmergencyPolice);
            }
            return true;
        }
        return await OfferAsync(dc, meaning, category, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> OfferAsync(DialogContext dc, MessageMeaning meaning, string? category, CancellationToken cancellationToken)
    {
        // "tố giác", "báo tin …": asked for in so many words, the report begins at once through its menu line; with the
        // story told in the same breath ("mình muốn báo tin vụ cháy sáng nay ở tổ 4, nghi là có người cố ý đốt"), the
        // report begins with it as its first part, as the resident asked.
        if (meaning.Normalized.Split(' ').Length <= MaxWordsOfARequest)
        {
            return false;
        }
        var asked = meaning.Mentions([.. TipOffReportingRegistration.Keywords]);
        if (asked && !TellsAStory(meaning))
        {
            return false;
        }
        // "tks ad, công an tới rồi, bạn em được đưa đi viện rồi": news that the police came is no report to offer; it is
        // taken in kind.
        if (!asked && meaning.Mentions(PoliceCame))
        {
            dc.Context.SendText(meaning.Mentions("cam on") ? SmallTalk.Thanks : SmallTalk.Ack);
            return true;
        }
        // "đang đua xe", "ngay bây giờ": an ongoing danger gets the number to call first, as at the emergency line.
        if (dc.Context.Sent.Count == 0 && meaning.Mentions("dang", "ngay bay gio", "luc nay", "hien dang") && category is not ("online-fraud" or "gambling" or "drugs"))
        {
            dc.Context.SendText(category == "fire" ? TipOffTexts.EmergencyFire : TipOffTexts.EmergencyPolice);
        }
        if (asked)
        {
            var turn = dc.Context;
            await dc.BeginDialogAsync(TipOffReportDialog.DialogId, new TipOffStart(category, seal.Seal(turn, meaning.Text)), cancellationToken).ConfigureAwait(false);
            return true;
        }
        await dc.BeginDialogAsync(TipOffOfferDialog.DialogId, category, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
