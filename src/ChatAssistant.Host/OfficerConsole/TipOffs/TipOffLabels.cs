using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Desk;

namespace ChatAssistant.Host.OfficerConsole.TipOffs;

/// <summary>The stored codes of a report (status, kind, timeline entry) in the words officers use.</summary>
public static class TipOffLabels
{
    public static string Status(string code) => code switch
    {
        TipOffStatus.New => "Mới",
        TipOffStatus.Verifying => "Đang xác minh",
        TipOffStatus.Handled => "Đã xử lý",
        TipOffStatus.Transferred => "Đã chuyển",
        TipOffStatus.Rejected => "Không xử lý",
        _ => code,
    };

    /// <summary>The badge colour: new waits for someone, closed ones are done, rejected stands out.</summary>
    public static string StatusBadge(string code) => code switch
    {
        TipOffStatus.New => "badge new",
        TipOffStatus.Handled or TipOffStatus.Transferred => "badge done",
        TipOffStatus.Rejected => "badge bad",
        _ => "badge",
    };

    public static string Category(string code) => code switch
    {
        "drugs" => "Ma tuý",
        "theft" => "Trộm cắp, cướp giật",
        "gambling" => "Cờ bạc",
        "disorder" => "Gây rối trật tự",
        "domestic-violence" => "Bạo lực gia đình",
        "online-fraud" => "Lừa đảo qua mạng",
        "traffic" => "Giao thông",
        "fire" => "Cháy nổ",
        "other" => "Việc khác",
        _ => code,
    };

    public static string NoteKind(string kind) => kind switch
    {
        TipOffNoteKinds.Note => "Ghi chú",
        TipOffNoteKinds.Status => "Đổi trạng thái",
        TipOffNoteKinds.Assignment => "Phân công",
        TipOffNoteKinds.Question => "Hỏi người báo",
        TipOffNoteKinds.Answer => "Người báo trả lời",
        _ => kind,
    };

    public static string EvidenceStatus(string status) => status switch
    {
        "pending" => "Đang tải về",
        "stored" => "Đã lưu",
        "rejected" => "Bị từ chối",
        "failed" => "Tải lỗi",
        _ => status,
    };
}
