using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.Offices;

/// <summary>Answers "where are you, when do you open, what is your number" for the account the resident wrote to.</summary>
public sealed class OfficeAnswers(OfficeDirectory offices)
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
        if (NamedIn(turn, Folded(turn)) is { } named)
        {
            turn.Send(OutboundMessage.FromText(OfficeCard.Render(named, turn.Texts)));
            return;
        }
        SendUnitOffices(turn);
    }

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
    public bool TrySendNamedOffice(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var folded = Folded(turn);
        if (!ReachWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) || NamedIn(turn, folded) is not { } named)
        {
            return false;
        }
        turn.Send(OutboundMessage.FromText(OfficeCard.Render(named, turn.Texts)));
        return true;
    }

    public void SendUnitOffices(ITurnContext turn)
    {
        if (offices.UnitOf(turn.Activity.AccountId) is not { } unit)
        {
            turn.SendText(UnknownTextKey);
            return;
        }
        var cards = unit.Offices.Select(office => OfficeCard.Render(office, turn.Texts));
        var intro = turn.Texts.Get(IntroTextKey, new Dictionary<string, string> { ["unit"] = unit.Name });
        turn.Send(OutboundMessage.FromText(intro + "\n\n" + string.Join("\n\n", cards)));
    }
}
