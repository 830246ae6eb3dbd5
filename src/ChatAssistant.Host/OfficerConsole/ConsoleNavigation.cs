using ChatAssistant.Features.Officers;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The console's menu: one line per area, shown only to the roles that may open it.</summary>
public static class ConsoleNavigation
{
    public sealed record Item(string Label, string Page, Func<Officer, bool> Shows);

    private static bool Everyone(Officer officer) => true;

    /// <summary>In the order officers use them most. A page that does not exist is left out of the menu.</summary>
    public static IReadOnlyList<Item> Items { get; } =
    [
        new("Tổng quan", "/Index", Everyone),
        new("Xếp hàng", "/Queue/Index", Everyone),
        new("Lịch hẹn", "/Bookings/Index", Everyone),
        new("Tin báo", "/TipOffs/Index", OfficerPermissions.CanWork),
        new("Trò chuyện", "/Conversations/Index", OfficerPermissions.CanWork),
        new("Thông báo", "/Broadcasts/Index", OfficerPermissions.CanWork),
        new("Kết quả hồ sơ", "/Dossiers/Index", OfficerPermissions.CanWork),
        new("Thủ tục & mã QR", "/Procedures/Index", Everyone),
        new("Mức độ hài lòng", "/Satisfaction/Index", Everyone),
        new("Nhật ký", "/Audit/Index", OfficerPermissions.CanLead),
        new("Cán bộ", "/Officers/Index", OfficerPermissions.CanAdminister),
    ];
}
