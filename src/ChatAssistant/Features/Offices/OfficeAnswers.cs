using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Understanding;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Offices;

/// <summary>Answers "where are you, when do you open, what is your number" for the account the resident wrote to.</summary>
public sealed class OfficeAnswers(OfficeDirectory offices, Understander understander, IEnumerable<IOfficeCalendar> calendars,
    IOptions<ConversationOptions> conversation)
{
    public const string UnknownTextKey = "offices-unknown";
    public const string IntroTextKey = "offices-intro";

    // The words residents name a provincial office by, per office kind of the catalogue.
    private static readonly (string Kind, string[] Phrases)[] KindWords =
    [
        ("provincial-immigration", ["xuat nhap canh", "phong xuat nhap canh", "quan ly xuat nhap canh"]),
        ("provincial-traffic-police", ["canh sat giao thong", "csgt", "phong giao thong"]),
        ("provincial-fire-police", ["pccc", "phong chay chua chay", "canh sat pccc", "cnch", "canh sat phong chay"]),
        ("department-of-justice", ["so tu phap", "tu phap"]),
        ("provincial-police", ["cong an tinh"]),
    ];

    /// <summary>The office the message names ("Phòng Cảnh sát PCCC ở đâu", "số điện thoại Sở Tư pháp"), else the unit's own.</summary>
    public void SendOfficesAskedFor(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var folded = Folded(turn);
        if (Meant(turn, folded) is { } named)
        {
            SendCard(turn, named);
            return;
        }
        SendUnitOffices(turn);
    }

    /// <summary>The office the message names, or the one named lately that it points back at.</summary>
    private Office? Meant(ITurnContext turn, string folded) => NamedIn(turn, folded) ?? NamedBefore(turn, folded);

    private void SendCard(ITurnContext turn, Office office)
    {
        turn.Send(OutboundMessage.FromText(WithDay(turn, [office], OfficeCard.Render(office, turn.Texts))));
        ConversationStateMiddleware.Of(turn).State.OfficeTopic = new ConversationTopic(OfficeTopicKind, office.Id, turn.Clock.GetUtcNow());
    }

    private const string OfficeTopicKind = "office";

    /// <summary>
    /// The office named lately, when the message points back at it ("sđt của họ là số nào", "số điện thoại của Sở là bao
    /// nhiêu", "bên đó làm đến mấy giờ"); null when it does not, or nothing was named within the conversation's memory.
    /// </summary>
    private Office? NamedBefore(ITurnContext turn, string folded)
    {
        if (ConversationStateMiddleware.Of(turn).State.OfficeTopic is not { Kind: OfficeTopicKind } topic
            || turn.Clock.GetUtcNow() - topic.At > conversation.Value.TopicMemory
            || !(PointsBack(folded) || AsksOnlyTheWayToReach(folded)))
        {
            return null;
        }
        return offices.Find(turn.Activity.AccountId, topic.Subject);
    }

    /// <summary>"sđt luôn ạ", "còn địa chỉ": a few words asking only for the number or the way, just after an office's card.</summary>
    private static bool AsksOnlyTheWayToReach(string folded)
    {
        var rest = folded;
        foreach (var phrase in ReachOnly)
        {
            rest = rest.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }
        var left = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return left.Length < folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length && left.All(ReachFillers.Contains);
    }

    private static readonly string[] ReachOnly = ["so dien thoai", "dien thoai", "dia chi", "ban do"];

    private static readonly HashSet<string> ReachFillers = new(
        ["luon", "a", "con", "cho", "xin", "em", "toi", "minh", "nua", "admin", "voi", "nhe", "the", "vay", "thi", "sao", "gi", "la", "bao", "nhieu"],
        StringComparer.Ordinal);

    /// <summary>"của họ", "bên đó", "của Sở": not the "hộ" of "hộ chiếu" or "hộ khẩu", which fold alike.</summary>
    private static bool PointsBack(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var next = i + 1 < words.Length ? words[i + 1] : "";
            if (BackWords.Contains(words[i]) && Before.Contains(words[i - 1]) && !NotBack.Contains(next))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> BackWords = new(["ho", "do", "ay", "so", "phong"], StringComparer.Ordinal);

    private static readonly HashSet<string> Before = new(["cua", "ben", "cho", "o", "noi", "goi", "phong", "co", "den"], StringComparer.Ordinal);

    // "của hộ chiếu", "cho hộ khẩu", "của số điện thoại", "ở phòng khám": what follows says it is no office.
    private static readonly HashSet<string> NotBack = new(["chieu", "khau", "tich", "dan", "gia", "ten", "dien", "thu", "kham", "tro", "tap"], StringComparer.Ordinal);

    private static string Folded(ITurnContext turn) => " " + Shorthand.Normalize(turn.Activity.Text ?? "") + " ";

    /// <summary>
    /// The office whose kind the message names; "Phòng Cảnh sát PCCC Công an tỉnh" names the fire police, not the
    /// provincial police too: the first kind named wins.
    /// </summary>
    private Office? NamedIn(ITurnContext turn, string folded) =>
        KindWords
            .Where(k => k.Phrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal)))
            .Select(k => offices.ForKind(turn.Activity.AccountId, k.Kind))
            .OfType<Office>()
            .FirstOrDefault();

    // Words asking where an office is or how to reach it.
    private static readonly string[] ReachWords = [" o dau ", " dia chi ", " so dien thoai ", " dien thoai ", " gio lam viec ", " may gio ", " ban do ", " cho nao "];

    /// <summary>
    /// "Phòng xuất nhập cảnh ở đâu dzậy anh?", "địa chỉ và số điện thoại của Phòng Cảnh sát PCCC tỉnh": a question about
    /// reaching an office the message names gets that office's card, whatever procedure was discussed before.
    /// </summary>
    /// <param name="evenIfAProcedureIsNamed">Answer even when the words could name a procedure too: for "Sở Tư pháp ở đâu",
    /// whose office words hold "tư pháp" of "lý lịch tư pháp", when the message says nothing but the office and the reach.</param>
    public bool TrySendNamedOffice(ITurnContext turn, bool evenIfAProcedureIsNamed = true)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var folded = Folded(turn);
        if (!ReachWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }
        if (Meant(turn, folded) is not { } named)
        {
            // "nhà văn hóa thôn Đông ở chỗ nào vậy": a place the unit receives residents at on some days.
            var sessions = SessionsNamedIn(turn);
            if (sessions.Count == 0)
            {
                return false;
            }
            turn.Send(OutboundMessage.FromText(string.Join("\n\n", sessions.Select(session => SessionCard(session, turn.Texts)))));
            return true;
        }
        if (!evenIfAProcedureIsNamed && !SaysOnlyTheOffice(turn.Activity.Text))
        {
            return false;
        }
        SendCard(turn, named);
        return true;
    }

    public const string SessionTextKey = "office-session";

    /// <summary>The sessions away from the offices whose place the message names by its last two words ("thôn Đông") or whole.</summary>
    private List<OfficeSession> SessionsNamedIn(ITurnContext turn)
    {
        var folded = Folded(turn);
        return [.. calendars.SelectMany(c => c.SessionsAway(turn.Activity.AccountId)).Where(session =>
        {
            var place = VietnameseText.Fold(session.PlaceName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var tail = string.Join(' ', place.TakeLast(2));
            return place.Length >= 2 && (folded.Contains(" " + tail + " ", StringComparison.Ordinal)
                || folded.Contains(" " + string.Join(' ', place) + " ", StringComparison.Ordinal));
        })];
    }

    private static string SessionCard(OfficeSession session, ITextCatalog texts) => texts.Get(SessionTextKey, new Dictionary<string, string>
    {
        ["name"] = session.Name,
        ["address"] = session.Address,
        ["map"] = session.Location?.MapLink.AbsoluteUri ?? "",
        ["days"] = OfficeCard.Days(session.Days),
        ["times"] = string.Join(", ", session.Times),
    }).TrimEnd();

    // "phòng", "số" of "số điện thoại … bao nhiêu", and the words asking after the number or the way.
    private static readonly string[] AskingWords = ["phong", "so", "bao nhieu", "la", "gi", "nao", "the nao", "va"];

    /// <summary>Whether nothing is left of the message once the office's own words and the words asking how to reach it are gone.</summary>
    /// <remarks>The office's name goes first: the unit's words would leave the "tỉnh" of "công an tỉnh".</remarks>
    private static bool SaysOnlyTheOffice(string? text)
    {
        var rest = " " + VietnameseText.Fold(text ?? "") + " ";
        foreach (var phrase in KindWords.SelectMany(k => k.Phrases).OrderByDescending(p => p.Length))
        {
            rest = rest.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }
        rest = " " + (OfficeQuestion.Remainder(rest) ?? "") + " ";
        foreach (var phrase in AskingWords.OrderByDescending(p => p.Length))
        {
            rest = rest.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }
        return rest.Trim().Length == 0;
    }

    public void SendUnitOffices(ITurnContext turn)
    {
        // "nhà văn hoá thôn Đông làm từ mấy giờ": the session held there, rather than the offices.
        var sessions = SessionsNamedIn(turn);
        if (sessions.Count > 0)
        {
            turn.Send(OutboundMessage.FromText(string.Join("\n\n", sessions.Select(session => SessionCard(session, turn.Texts)))));
            return;
        }
        if (offices.UnitOf(turn.Activity.AccountId) is not { } unit)
        {
            turn.SendText(UnknownTextKey);
            return;
        }
        var cards = unit.Offices.Select(office => OfficeCard.Render(office, turn.Texts));
        var intro = turn.Texts.Get(IntroTextKey, new Dictionary<string, string> { ["unit"] = unit.Name });
        turn.Send(OutboundMessage.FromText(WithDay(turn, unit.Offices, intro + "\n\n" + string.Join("\n\n", cards))));
    }

    /// <summary>
    /// The cards under a line for the day the message asks about ("chiều thứ Bảy có làm không", "giờ có ai trực không");
    /// the cards alone when it names no day.
    /// </summary>
    private string WithDay(ITurnContext turn, IReadOnlyList<Office> shown, string cards) =>
        DayLines(turn, shown) is { } lines ? lines + "\n\n" + cards : cards;

    /// <summary>
    /// The unit's hours on the day the message asks about, alone ("Thứ Bảy này có làm không?" at a booking's day step,
    /// which the booking then takes as its day); nothing when it names no day.
    /// </summary>
    public void SendHoursOfTheDayAsked(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (offices.UnitOf(turn.Activity.AccountId) is { } unit && DayLines(turn, unit.Offices) is { } lines)
        {
            turn.Send(OutboundMessage.FromText(lines));
        }
    }

    /// <summary>The lines for the day the message asks about, which is remembered (<see cref="DayAskedAbout"/>); null when it
    /// names none.</summary>
    private string? DayLines(ITurnContext turn, IReadOnlyList<Office> shown)
    {
        var meaning = understander.Of(turn);
        var local = VietnamTime.ToLocal(turn.Clock.GetUtcNow());
        var today = DateOnly.FromDateTime(local.DateTime);
        var asksNow = meaning.Date is null && meaning.Mentions(NowWords) && meaning.Mentions(OpenNowWords);
        if ((meaning.Date ?? (asksNow ? today : null)) is not { } day)
        {
            return null;
        }
        DayAskedAbout.Remember(turn, day);
        var holiday = calendars.Select(c => c.HolidayOn(day)).FirstOrDefault(h => h is not null);
        var now = asksNow || (day == today && meaning.Time is null && meaning.PartOfDay is null && meaning.Mentions("hom nay"))
            ? TimeOnly.FromDateTime(local.DateTime)
            : (TimeOnly?)null;
        var afternoon = meaning.PartOfDay is PartOfDay.Afternoon or PartOfDay.Evening;
        var lines = shown.SelectMany(office => OfficeDay.Lines(office, day, afternoon, now, holiday, turn.Texts)).ToList();
        if (holiday is null)
        {
            lines.AddRange(calendars.SelectMany(c => c.SessionsAwayOn(turn.Activity.AccountId, day))
                .Select(session => turn.Texts.Get(OfficeDay.AwayTextKey, ("session", session))));
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// "Chiều thứ Bảy bà lên có được không?", "Chủ nhật thì sao?", "giờ có ai trực không": a question whether the office
    /// works on a day or at this moment. Answered with the office's hours for that day, whatever procedure it names.
    /// </summary>
    public static bool AsksAboutADay(MessageMeaning meaning, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        if (!meaning.IsQuestion)
        {
            return false;
        }
        if (meaning.Mentions(NowWords))
        {
            return meaning.Mentions(OpenNowWords);
        }
        // "đổi qua thứ 2 tuần sau được không": a move of a booking, not a question about the office.
        if (meaning.Mentions(MoveWords) && !meaning.Mentions("lam den", "may gio", "mo cua", "dong cua", "lam viec"))
        {
            return false;
        }
        // "Thế Chủ nhật thì sao?" is short; in a longer message "thì sao" asks about something else.
        return meaning.Date is { } day && day >= today
            && (meaning.Mentions(WorkWords) || (meaning.Mentions("thi sao") && (meaning.Normalized.Split(' ').Count(word => !Particles.Contains(word)) <= 5
                || meaning.Normalized.StartsWith("con ", StringComparison.Ordinal) || meaning.Normalized.StartsWith("the ", StringComparison.Ordinal))));
    }

    // "chiều thứ Bảy thì sao ạ" is as short as "chiều thứ Bảy thì sao": the words of politeness add nothing asked.
    private static readonly HashSet<string> Particles =
        new(["a", "ad", "admin", "nhe", "nha", "vay", "nhi", "oi", "ha", "em", "anh", "chi"], StringComparer.Ordinal);

    private static readonly string[] MoveWords = ["doi qua", "doi sang", "chuyen qua", "chuyen sang", "doi lich", "dat lai", "doi ngay", "doi gio"];

    // Words asking whether the office works and receives: "có làm không", "có nhận hồ sơ không", "lên có được không".
    private static readonly string[] WorkWords =
        ["co lam", "lam viec", "nhan", "tiep nhan", "mo cua", "dong cua", "len", "qua", "nop", "co ai", "truc", "nghi", "tiep dan", "lam khong",
         "lam den", "may gio"];

    // "giờ có ai trực không", "bây giờ còn làm không": the moment the resident writes, with words asking about opening.
    private static readonly string[] OpenNowWords =
        ["co ai", "truc", "con lam", "dang lam", "mo cua", "dong cua", "lam viec", "con nhan", "qua luon", "len luon", "den luon", "qua duoc",
         "len duoc", "den duoc", "con kip", "kip khong"];

    private static readonly string[] NowWords =
        ["bay gio", "gio nay", "gio ni", "luc nay", "hien gio", "gio co", "gio con", "gio dang", "con lam khong", "con mo cua", "gio em qua", "gio em len",
         "gio em den", "gio toi qua", "gio toi len", "gio toi den", "gio minh qua", "gio minh len", "gio minh den"];
}
