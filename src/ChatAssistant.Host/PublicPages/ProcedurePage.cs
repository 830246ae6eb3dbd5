using System.Globalization;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Host.PublicPages;

/// <summary>The public page of one procedure: what a resident needs to know before going to the office.</summary>
public static class ProcedurePage
{
    /// <param name="pagesRoot">Where the pages live as the resident's browser sees it, e.g. <c>/thu-tuc</c>.</param>
    public static string Render(Procedure procedure, ProcedureField field, string pagesRoot)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(field);
        var body = Html.Of($"""
            <main>
            <p class="crumb"><a href="{pagesRoot}">Thủ tục hành chính</a> › {field.Name}</p>
            <h1>{procedure.Name}</h1>
            {Html.When(procedure.Code is not null, () => Html.Of($"""<p class="code">Mã thủ tục: {procedure.Code}</p>"""))}
            <h2>Ai được làm</h2>
            <p>{procedure.Who}</p>
            <h2>Hồ sơ cần chuẩn bị</h2>
            <ol>
            {Html.Each(procedure.Documents, Document)}
            </ol>
            <h2>Lệ phí</h2>
            {Fee(procedure.Fee)}
            <h2>Thời hạn giải quyết</h2>
            <p>{procedure.TimeLimit}</p>
            <h2>Nơi nộp hồ sơ</h2>
            <ul>
            {Html.Each(procedure.Where, kind => Html.Of($"<li>{OfficeKinds.Label(kind)}</li>\n"))}
            </ul>
            <h2>Nộp trực tuyến</h2>
            {Online(procedure.Online)}
            {Html.When(procedure.Notes is not null, () => Html.Of($"<h2>Lưu ý</h2>\n<p>{procedure.Notes}</p>"))}
            <h2>Căn cứ pháp lý</h2>
            <ul class="small">
            {Html.Each(procedure.LegalBasis, basis => Html.Of($"<li>{basis}</li>\n"))}
            </ul>
            <footer>
            <p class="check">Thông tin kiểm tra ngày {procedure.CheckedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.</p>
            <p>Quy định có thể thay đổi. Vui lòng hỏi lại cán bộ tại nơi tiếp nhận hồ sơ trước khi nộp.</p>
            </footer>
            </main>
            """);
        return PageShell.PhonePage(procedure.Name + " – Thủ tục hành chính", body);
    }

    private static Markup Document(ProcedureDocument document)
    {
        var details = new List<string>(2);
        if (document.Form is not null)
        {
            details.Add("Mẫu " + document.Form);
        }
        if (document.Copies is { } copies)
        {
            details.Add(copies.ToString(CultureInfo.InvariantCulture) + " bản");
        }
        return Html.Of($"""
            <li><strong>{document.Name}</strong>{Html.When(details.Count > 0, () => Html.Of($"""<span class="meta"> ({string.Join(", ", details)})</span>"""))}{Html.When(document.Note is not null, () => Html.Of($"""<span class="note">{document.Note}</span>"""))}</li>

            """);
    }

    private static Markup Fee(ProcedureFee fee) => Html.Of($"""
        <p>{fee.Text}</p>
        {Html.When(fee.Exemptions.Count > 0, () => Html.Of($"""
            <p>Được miễn lệ phí:</p>
            <ul>
            {Html.Each(fee.Exemptions, exemption => Html.Of($"<li>{exemption}</li>\n"))}
            </ul>
            """))}
        {Html.When(!fee.Confirmed, () => Html.Of($"""<p class="warn">Mức phí này chưa được đối chiếu với văn bản. Vui lòng hỏi lại cán bộ tại nơi nộp hồ sơ.</p>"""))}
        """);

    private static Markup Online(OnlineFiling? online) => online is null
        ? Html.Of($"""<p>Chưa có đường dẫn nộp trực tuyến cho thủ tục này. Vui lòng hỏi cán bộ tại nơi nộp hồ sơ.</p>""")
        : Html.Of($"""
            <p><a class="button" href="{online.Url}">Nộp trực tuyến</a></p>
            <p class="small">{online.Url.Host}</p>
            {Html.When(online.Note is not null, () => Html.Of($"<p>{online.Note}</p>"))}
            """);
}
