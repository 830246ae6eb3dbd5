namespace ChatAssistant.Host.PublicPages;

/// <summary>The friendly page a resident sees when a QR code or link points to something the catalogue no longer has.</summary>
public static class NotFoundPage
{
    /// <param name="what">What was not found, e.g. "thủ tục" or "lĩnh vực".</param>
    /// <param name="listLink">The list of procedures, relative to the page that was asked for.</param>
    public static string Render(string what, string listLink) => PageShell.PhonePage("Không tìm thấy " + what, Html.Of($"""
        <main>
        <h1>Không tìm thấy {what}</h1>
        <p>Xin lỗi, {what} này không có hoặc đã được thay đổi.</p>
        <p><a href="{listLink}">Xem danh sách tất cả thủ tục hành chính</a></p>
        <p>Quý vị cũng có thể hỏi trực tiếp cán bộ tại trụ sở Công an xã, phường. Xin cảm ơn.</p>
        </main>
        """));
}
