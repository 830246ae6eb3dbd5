using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Features.Dossiers;

/// <summary>The statuses the <c>dossiers.status</c> check allows, and the words office lists use for them.</summary>
/// <remarks>
/// Lists come from different office software and from hand-made spreadsheets, so a status is accepted as its
/// code or as the usual Vietnamese label, with or without diacritics; residents read the label in
/// <c>dialogs/texts/dossiers.yaml</c> (<see cref="DossierTexts.StatusLabel"/>), not these words.
/// </remarks>
public static class DossierStatus
{
    /// <summary>Đã tiếp nhận: the office took the dossier in.</summary>
    public const string Received = "received";

    /// <summary>Đang xử lý: being worked on.</summary>
    public const string Processing = "processing";

    /// <summary>Cần bổ sung: the resident must bring more papers.</summary>
    public const string NeedsMore = "needs-more";

    /// <summary>Đã có kết quả: ready to be collected.</summary>
    public const string Ready = "ready";

    /// <summary>Đã trả kết quả: handed to the resident.</summary>
    public const string Returned = "returned";

    /// <summary>Từ chối: refused, with the reason given by the office.</summary>
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [Received, Processing, NeedsMore, Ready, Returned, Rejected];

    // Folded (VietnameseText.Fold), so "Đã có kết quả", "da co ket qua" and "ĐÃ CÓ KẾT QUẢ" are one key;
    // folding also turns "needs-more" into "needs more".
    private static readonly Dictionary<string, string> ByWords = new(StringComparer.Ordinal)
    {
        ["received"] = Received,
        ["da tiep nhan"] = Received,
        ["tiep nhan"] = Received,
        ["moi tiep nhan"] = Received,
        ["processing"] = Processing,
        ["dang xu ly"] = Processing,
        ["dang giai quyet"] = Processing,
        ["needs more"] = NeedsMore,
        ["can bo sung"] = NeedsMore,
        ["yeu cau bo sung"] = NeedsMore,
        ["bo sung"] = NeedsMore,
        ["ready"] = Ready,
        ["da co ket qua"] = Ready,
        ["co ket qua"] = Ready,
        ["cho tra ket qua"] = Ready,
        ["returned"] = Returned,
        ["da tra ket qua"] = Returned,
        ["da tra"] = Returned,
        ["rejected"] = Rejected,
        ["tu choi"] = Rejected,
        ["bi tu choi"] = Rejected,
        ["khong giai quyet"] = Rejected,
    };

    /// <summary>The status a list's word means, or null when it is none of them.</summary>
    public static string? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ByWords.GetValueOrDefault(VietnameseText.Fold(text));
    }
}
