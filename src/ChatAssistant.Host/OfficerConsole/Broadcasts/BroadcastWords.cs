using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Host.OfficerConsole.Broadcasts;

/// <summary>How the console names a notice's status, category and failures to officers.</summary>
public static class BroadcastWords
{
    /// <summary>The status in Vietnamese; a draft of an account that requires approval is "awaiting approval".</summary>
    public static string Status(string status, bool needsApproval) => status switch
    {
        BroadcastStatus.Draft => needsApproval ? "chờ duyệt" : "nháp",
        BroadcastStatus.Approved => "đã duyệt",
        BroadcastStatus.Scheduled => "đã lên lịch",
        BroadcastStatus.Sending => "đang gửi",
        BroadcastStatus.Paused => "tạm dừng",
        BroadcastStatus.Sent => "đã gửi",
        BroadcastStatus.Cancelled => "đã huỷ",
        _ => status,
    };

    /// <summary>The badge class of console.css that colours the status.</summary>
    public static string Badge(string status) => status switch
    {
        BroadcastStatus.Sent => "badge done",
        BroadcastStatus.Cancelled => "badge bad",
        BroadcastStatus.Draft or BroadcastStatus.Paused => "badge waiting",
        _ => "badge",
    };

    public static string Category(string category) => category switch
    {
        BroadcastCategories.SecurityWarning => "Cảnh báo an ninh",
        BroadcastCategories.WantedPerson => "Truy nã",
        BroadcastCategories.MissingPerson => "Tìm người mất tích",
        BroadcastCategories.Campaign => "Tuyên truyền, vận động",
        BroadcastCategories.MobileSession => "Làm thủ tục lưu động",
        BroadcastCategories.General => "Thông báo chung",
        _ => category,
    };

    /// <summary>A failure or skip reason of the report ('unfollowed', 'zalo:-213'…).</summary>
    public static string Reason(string reason) => reason switch
    {
        "unfollowed" => "đã bỏ quan tâm",
        "out-of-window" => "quá 7 ngày không nhắn",
        "notices-off" => "tắt nhận thông báo",
        "cancelled" => "thông báo bị huỷ",
        "" => "khác",
        _ when reason.StartsWith("zalo:", StringComparison.Ordinal) => "Zalo từ chối (" + reason[5..] + ")",
        _ => reason,
    };

    /// <summary>Why an action was not done, for the flash after the redirect (the code travels in the URL).</summary>
    public static string? Problem(string? code) => code switch
    {
        null or "" => null,
        "wrong-status" => "Không làm được ở trạng thái hiện tại của thông báo.",
        "needs-approval" => "Thông báo của đơn vị này cần lãnh đạo duyệt trước khi gửi. Đã chuyển sang chờ duyệt.",
        "own-notice" => "Người soạn không tự duyệt thông báo của mình: cần một lãnh đạo khác duyệt.",
        _ => "Không làm được việc này.",
    };

    public static string Done(string? code) => code switch
    {
        "send" => "Đã bắt đầu gửi.",
        "schedule" => "Đã lên lịch gửi.",
        "approve" => "Đã duyệt thông báo.",
        "pause" => "Đã tạm dừng.",
        "resume" => "Đã tiếp tục gửi.",
        "cancel" => "Đã huỷ thông báo.",
        _ => "",
    };
}
