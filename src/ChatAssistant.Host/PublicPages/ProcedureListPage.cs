using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Host.PublicPages;

/// <summary>Every procedure of the catalogue, by field, each linking to its page.</summary>
public static class ProcedureListPage
{
    /// <param name="pagesRoot">Where the pages live as the resident's browser sees it, e.g. <c>/thu-tuc</c>.</param>
    public static string Render(IEnumerable<ProcedureField> fields, string pagesRoot)
    {
        var body = Html.Of($"""
            <main>
            <h1>Thủ tục hành chính</h1>
            <p class="small">Chọn thủ tục để xem hồ sơ cần chuẩn bị, lệ phí, thời hạn và nơi nộp.</p>
            {Html.Each(fields, field => Field(field, pagesRoot))}
            <footer>
            <p>Quy định có thể thay đổi. Vui lòng hỏi lại cán bộ tại nơi tiếp nhận hồ sơ trước khi nộp.</p>
            </footer>
            </main>
            """);
        return PageShell.PhonePage("Thủ tục hành chính", body);
    }

    private static Markup Field(ProcedureField field, string pagesRoot) => Html.Of($"""
        <h2>{field.Name}</h2>
        <ul>
        {Html.Each(field.Procedures, p => Html.Of($"""<li><a href="{pagesRoot}/{Uri.EscapeDataString(p.Id)}">{p.Name}</a></li>"""))}
        </ul>

        """);
}
