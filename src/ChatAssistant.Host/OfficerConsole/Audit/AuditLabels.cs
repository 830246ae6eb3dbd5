using System.Globalization;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.Host.OfficerConsole.Audit;

/// <summary>Audit action codes in Vietnamese words; an unknown code is shown as it is.</summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["console.sign-in"] = "Đăng nhập",
        ["console.sign-in-refused"] = "Đăng nhập bị từ chối",
        ["console.locked"] = "Tạm khoá đăng nhập từ một địa chỉ",
        ["console.password-change"] = "Đổi mật khẩu",
        ["officer.create"] = "Tạo cán bộ",
        ["officer.disable"] = "Khoá cán bộ",
        ["tipoff.view"] = "Xem tin báo",
        ["tipoff.export"] = "Xuất tin báo",
        ["tipoff.assign"] = "Phân công tin báo",
        ["tipoff.status"] = "Đổi trạng thái tin báo",
        ["tipoff.note"] = "Ghi chú tin báo",
        ["tipoff.question"] = "Hỏi người báo",
        ["tipoff.evidence.download"] = "Xem/tải bằng chứng",
        ["tipoff.deleted"] = "Xoá tin báo hết hạn",
        ["tipoffs.rekey"] = "Đổi khoá mã hoá tin báo",
        ["queue.call"] = "Gọi số",
        ["queue.served"] = "Đã phục vụ",
        ["queue.no-show"] = "Vắng mặt",
        ["queue.walk-in"] = "Cấp số tại chỗ",
        ["booking.create"] = "Đặt lịch",
        ["booking.cancel"] = "Huỷ lịch",
        ["booking.close"] = "Đóng ngày/buổi",
        ["broadcasts.compose"] = "Soạn thông báo",
        ["broadcasts.preview"] = "Xem trước người nhận",
        ["broadcasts.approve"] = "Duyệt thông báo",
        ["broadcasts.schedule"] = "Hẹn giờ thông báo",
        ["broadcasts.send"] = "Gửi thông báo",
        ["broadcasts.cancel"] = "Huỷ thông báo",
        ["handoff.reply"] = "Trả lời người dân",
        ["handoff.release"] = "Trả cuộc trò chuyện",
        ["handoff.timeout"] = "Hết giờ chờ cán bộ",
        ["dossier.import"] = "Nhập kết quả hồ sơ",
        ["followers.tag"] = "Gắn nhãn người theo dõi",
        ["followers.untag"] = "Bỏ nhãn người theo dõi",
        ["transcripts.purge"] = "Xoá hội thoại hết hạn",
    };

    /// <summary>The filter's choices: the first part of the codes, which groups an area's actions.</summary>
    public static IReadOnlyList<(string Prefix, string Label)> Areas { get; } =
    [
        ("console.", "Đăng nhập, mật khẩu"),
        ("officer.", "Quản lý cán bộ"),
        ("tipoff.", "Tin báo"),
        ("queue.", "Xếp hàng"),
        ("booking.", "Lịch hẹn"),
        ("broadcasts.", "Thông báo"),
        ("handoff.", "Trò chuyện"),
        ("dossier.", "Kết quả hồ sơ"),
    ];

    /// <summary>The report an entry of a tip-off action is about ("12" or "12/3" for its evidence), to link to it.</summary>
    public static long? TipOffOf(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Action.StartsWith("tipoff.", StringComparison.Ordinal) && entry.OaId is not null && entry.Subject is { } subject
            && long.TryParse(subject.Split('/')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : null;
    }

    public static string Action(string code) => Actions.TryGetValue(code, out var label) ? label : code;
}
