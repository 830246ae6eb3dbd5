namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// The benchmark dialog's texts, added to a copy of the repository's <c>dialogs/texts.yaml</c>, and the
/// script every resident follows.
/// </summary>
internal static class BenchContent
{
    public const string MenuTitle = "menu-bench-registration";
    public const string AskService = "bench-ask-service";
    public const string ServiceIdCard = "bench-service-id-card";
    public const string ServiceResidence = "bench-service-residence";
    public const string ServicePassport = "bench-service-passport";
    public const string AskDay = "bench-ask-day";
    public const string AskTime = "bench-ask-time";
    public const string AskPhone = "bench-ask-phone";
    public const string NoPhone = "bench-no-phone";
    public const string Confirm = "bench-confirm";
    public const string Done = "bench-done";
    public const string Cancelled = "bench-cancelled";
    public const string GaveUp = "bench-gave-up";

    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MenuTitle] = "Đăng ký lịch làm thủ tục",
        [AskService] = "Bạn cần làm thủ tục nào?",
        [ServiceIdCard] = "Căn cước",
        [ServiceResidence] = "Cư trú",
        [ServicePassport] = "Hộ chiếu",
        [AskDay] = "Bạn muốn đến ngày nào?",
        [AskTime] = "Mấy giờ?",
        [AskPhone] = "Số điện thoại để nhắc lịch? (nhắn \"bỏ qua\" nếu không muốn)",
        [NoPhone] = "không có",
        [Confirm] = "Xác nhận: {service}, {day} lúc {time}, SĐT {phone}?",
        [Done] = "Đã ghi nhận lịch làm thủ tục {service}. Xin cảm ơn.",
        [Cancelled] = "Đã hủy đăng ký.",
        [GaveUp] = "Xin lỗi, chưa chọn được thủ tục. Bạn nhắn \"menu\" để bắt đầu lại.",
    };

    /// <summary>What each resident sends, in order: the menu line, then the five answers.</summary>
    public static readonly IReadOnlyList<string> Script = ["1", "2", "mai", "8h30", "bỏ qua", "có"];

    /// <summary>The reply to the last message of <see cref="Script"/>: "2" picks the second service.</summary>
    public static string FinalReply => Texts[Done].Replace("{service}", Texts[ServiceResidence], StringComparison.Ordinal);

    /// <summary>A dialogs folder under <paramref name="folder"/>: the repository's texts plus the benchmark's.</summary>
    public static string WriteDialogsFolder(string folder)
    {
        var dialogs = Path.Combine(folder, "dialogs");
        Directory.CreateDirectory(dialogs);
        var texts = File.ReadAllText(Path.Combine(RepositoryDialogs(), "texts.yaml"));
        var extra = string.Join("\n", Texts.Select(t => $"{t.Key}: \"{t.Value.Replace("\"", "\\\"", StringComparison.Ordinal)}\""));
        File.WriteAllText(Path.Combine(dialogs, "texts.yaml"), texts + "\n# --- Conversation benchmark ---\n" + extra + "\n");
        return dialogs;
    }

    private static string RepositoryDialogs()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "dialogs");
                if (File.Exists(Path.Combine(candidate, "texts.yaml")))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException("No dialogs/texts.yaml above the working directory or the bench binaries.");
    }
}
