using System.Globalization;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Host.OfficerConsole.Broadcasts;

/// <summary>The compose form's fields as posted, turned into a notice; problems are keyed by field, in Vietnamese.</summary>
public sealed class ComposeForm
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? ImageUrl { get; set; }
    public string? Link { get; set; }
    public string Category { get; set; } = BroadcastCategories.General;

    /// <summary>"all", "tags" or "recent".</summary>
    public string Target { get; set; } = "all";
    public List<string> Tags { get; set; } = [];
    public int? Days { get; set; } = 7;

    /// <summary>"now" or "later".</summary>
    public string When { get; set; } = "now";

    /// <summary>Vietnamese wall-clock time from a datetime-local input (yyyy-MM-ddTHH:mm).</summary>
    public string? SendAt { get; set; }

    /// <summary>Unticked leaves the category's default (warnings and missing persons are urgent anyway).</summary>
    public bool Urgent { get; set; }

    /// <summary>The notice, or null with <paramref name="problems"/> filled.</summary>
    public NewBroadcast? ToNotice(string oaId, DateTimeOffset now, Dictionary<string, string> problems)
    {
        var target = Target switch
        {
            "tags" => new BroadcastTarget(Tags: Tags),
            "recent" => new BroadcastTarget(InteractedWithinDays: Days ?? 0),
            _ => new BroadcastTarget(All: true),
        };
        DateTimeOffset? sendAt = null;
        if (When == "later")
        {
            if (!DateTime.TryParseExact(SendAt, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                problems["SendAt"] = "Chọn ngày giờ gửi.";
            }
            else if (VietnamTime.At(local) is var at && at <= now)
            {
                problems["SendAt"] = "Thời điểm gửi đã qua; chọn một thời điểm sau bây giờ.";
            }
            else
            {
                sendAt = at;
            }
        }
        var notice = new NewBroadcast(oaId, Title ?? "", Text ?? "", Blank(ImageUrl), Blank(Link), Category, target, sendAt, Urgent ? true : null);
        if (BroadcastCheck.FirstProblem(notice) is { } problem)
        {
            problems[problem.Field] = Explain(problem.Field, notice);
        }
        return problems.Count == 0 ? notice : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Explain(string field, NewBroadcast notice) => field switch
    {
        "title" => $"Nhập tiêu đề (tối đa {BroadcastCheck.MaxTitleLength} ký tự).",
        "text" when string.IsNullOrWhiteSpace(notice.Text) => "Nhập nội dung thông báo.",
        "text" => $"Tiêu đề, nội dung và liên kết dài {BroadcastMessage.Words(notice.Title, notice.Text, notice.Link).Length} ký tự; "
            + $"một tin nhắn Zalo chỉ chứa {BroadcastMessage.MaxLength}.",
        "category" => "Chọn loại thông báo.",
        "target" => notice.Target.Tags is not null
            ? $"Chọn từ 1 đến {BroadcastTarget.MaxTags} nhóm."
            : $"Số ngày từ 1 đến {BroadcastTarget.MaxDays}.",
        "imageUrl" => "Địa chỉ ảnh phải bắt đầu bằng http:// hoặc https://.",
        "link" => "Liên kết phải bắt đầu bằng http:// hoặc https://.",
        _ => "Kiểm tra lại mục này.",
    };
}
