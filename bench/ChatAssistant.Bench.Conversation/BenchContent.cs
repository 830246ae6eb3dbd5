using ChatAssistant.Content;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// The benchmark dialog's texts, loaded beside the repository's own, and the script every resident follows.
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

    /// <summary>The repository's dialogs/, which the service under test reads in place: a copy would miss what is added later.</summary>
    public static string RepositoryDialogs => Path.Combine(RepositoryFolder.Find(), "dialogs");

    /// <summary>The benchmark dialog's texts as a file of its own under <paramref name="folder"/>, in the format of dialogs/texts/.</summary>
    public static string WriteTextsFile(string folder)
    {
        var file = Path.Combine(folder, "bench-texts.yaml");
        File.WriteAllLines(file, Texts.Select(t => $"{t.Key}: \"{t.Value.Replace("\"", "\\\"", StringComparison.Ordinal)}\""));
        return file;
    }

    /// <summary>
    /// The repository's texts, read where they are as <see cref="ResidentTexts.Load(DialogsFolder, IEnumerable{string})"/> reads
    /// them (texts.yaml and every file of texts/), and the benchmark's file beside them; checked as at start-up.
    /// </summary>
    public static ResidentTexts LoadTexts(DialogsFolder dialogs, string benchFile, IEnumerable<string> required)
    {
        var features = Path.Combine(dialogs.Path, ResidentTexts.FeatureFolderName);
        var files = Directory.Exists(features) ? Directory.GetFiles(features, "*.yaml").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        return ResidentTexts.Load([Path.Combine(dialogs.Path, ResidentTexts.FileName), .. files, benchFile], required);
    }
}
