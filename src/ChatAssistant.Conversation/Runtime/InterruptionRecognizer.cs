using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Conversation.Runtime;

/// <summary>Recognises the interrupting words. Whole messages only: "hủy lịch hẹn" is a request, not a "hủy".</summary>
public static class InterruptionRecognizer
{
    private static readonly Dictionary<string, Interruption> Phrases = Build(
        (Interruption.Menu, ["menu", "menu chinh", "tro ve", "quay lai", "quay ve", "ve menu", "trang chu", "bat dau lai", "main menu", "back"]),
        (Interruption.Help, ["giup", "giup do", "giup toi", "tro giup", "help", "huong dan", "?", "toi khong hieu", "khong hieu"]),
        (Interruption.Cancel, ["huy", "huy bo", "cancel", "dung lai", "ngung", "khong lam nua", "thoi khong lam nua"]),
        (Interruption.Officer, ["gap can bo", "noi chuyen voi can bo", "gap nguoi that", "can bo", "gap nhan vien", "lien he can bo", "toi muon gap can bo", "cho gap can bo"]));

    // Politeness residents add around a command ("giúp với ạ", "menu nhé").
    private static readonly string[] Trailing = [" a", " nhe", " nha", " voi", " di", " giup", " cho toi"];

    public static Interruption Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Interruption.None;
        }
        var folded = text.Trim() == "?" ? "?" : VietnameseText.Fold(text);
        for (var round = 0; round < 3; round++)
        {
            if (Phrases.TryGetValue(folded, out var found))
            {
                return found;
            }
            var suffix = Trailing.FirstOrDefault(t => folded.EndsWith(t, StringComparison.Ordinal) && folded.Length > t.Length);
            if (suffix is null)
            {
                break;
            }
            folded = folded[..^suffix.Length];
        }
        return Interruption.None;
    }

    private static Dictionary<string, Interruption> Build(params (Interruption Kind, string[] Phrases)[] groups) =>
        groups.SelectMany(g => g.Phrases.Select(p => (p, g.Kind))).ToDictionary(x => x.p, x => x.Kind, StringComparer.Ordinal);
}
