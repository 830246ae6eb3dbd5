using System.Globalization;
using System.Text;
using ChatAssistant.Accounts;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.Officers;
using ChatAssistant.Host.Dossiers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.OfficerConsole.Dossiers;

/// <summary>Imports an office's result list (CSV) for the picked account and reports every refused row.</summary>
/// <remarks>
/// The page's script sends the file with the antiforgery token in a header, so the form is never buffered and a
/// large list is imported while it arrives, as the API does. Without the script the plain form post works too:
/// the token then sits in the form, which the antiforgery check reads (and buffers) first.
/// </remarks>
[DisableFormValueBinding]
public sealed class IndexModel(AccountDirectory accounts, DossierImport import, AuditLog audit, IOptions<DossierOptions> options) : ConsolePage
{
    public const string SampleCsv = """
        ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu
        HS-2026-0001;Cấp thẻ căn cước lần đầu;Đang xử lý;05/03/2026;
        HS-2026-0002;Đăng ký thường trú;Đã có kết quả;06/03/2026;Mời công dân đến nhận kết quả
        HS-2026-0003;Đăng ký tạm trú;Cần bổ sung;07/03/2026;Bổ sung hợp đồng thuê nhà

        """;

    public DossierImportReport? Report { get; private set; }

    public IReadOnlyList<RejectionLine> Rejections { get; private set; } = [];

    public string? Error { get; private set; }

    public long MaxMegabytes => options.Value.MaxUploadBytes / (1024 * 1024);

    public IActionResult OnGet() => PickAccount(accounts) ? Page() : NotYours();

    /// <summary>A sample list officers can open in a spreadsheet and fill in.</summary>
    public IActionResult OnGetSample()
    {
        // With a byte order mark: Excel then reads the Vietnamese letters as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SampleCsv.ReplaceLineEndings("\r\n"))).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "mau-ket-qua-ho-so.csv");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Officer.CanWork())
        {
            return Denied();
        }
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        var oaId = Account.OaId;
        var (csv, problem) = await OpenAsync();
        if (csv is null)
        {
            return Refused(problem!);
        }
        try
        {
            Report = await import.ImportAsync(csv, oaId, HttpContext.RequestAborted);
        }
        catch (InvalidDossierFileException ex)
        {
            return Refused(RejectionText.OfFile(ex.Message));
        }
        catch (InvalidDataException)
        {
            await audit.WriteAsync(Officer.RecordedId, Officer.Name, DossierEndpoints.ImportAction, oaId, subject: null, detail: "interrupted: too large");
            return Refused(string.Create(CultureInfo.InvariantCulture,
                $"Tệp lớn hơn {MaxMegabytes} MB; hãy chia nhỏ tệp. Các dòng trước chỗ bị cắt đã được nhập."));
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            await audit.WriteAsync(Officer.RecordedId, Officer.Name, DossierEndpoints.ImportAction, oaId, subject: null, detail: "interrupted");
            throw;
        }
        finally
        {
            await csv.DisposeAsync();
        }
        // Counts only, as the API records them: the rows may hold personal data and the audit log is kept for ever.
        await audit.WriteAsync(Officer.RecordedId, Officer.Name, DossierEndpoints.ImportAction, oaId, subject: null, detail: string.Create(
            CultureInfo.InvariantCulture,
            $"accepted={Report.Accepted}; inserted={Report.Inserted}; updated={Report.Updated}; unchanged={Report.Unchanged}; rejected={Report.RejectedTotal}; via=console"));
        Rejections = [.. Report.Rejected.Select(RejectionText.Of)];
        return Page();
    }

    /// <summary>The uploaded file: streamed when the token came in the header, from the parsed form otherwise.</summary>
    private async Task<(Stream? Csv, string? Problem)> OpenAsync()
    {
        const string noFile = "Chưa chọn tệp: hãy chọn tệp CSV danh sách kết quả.";
        if (Request.Headers.ContainsKey("X-Console-Antiforgery"))
        {
            if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = options.Value.MaxUploadBytes;
            }
            var (stream, problem) = await CsvUpload.OpenAsync(Request, options.Value.MaxUploadBytes, HttpContext.RequestAborted);
            return stream is null ? (null, problem is not null && problem.StartsWith("The form holds no file", StringComparison.Ordinal)
                ? noFile : "Hãy gửi tệp bằng nút “Nhập”.") : (stream, null);
        }
        if (!Request.HasFormContentType)
        {
            return (null, noFile);
        }
        // Without the script the antiforgery check has read the whole form already, under the server's request limit
        // (about 28 MB, which the page states); a smaller configured limit still applies.
        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        return form.Files is not [{ Length: > 0 } file, ..] ? (null, noFile)
            : file.Length > options.Value.MaxUploadBytes ? (null, $"Tệp lớn hơn {MaxMegabytes} MB; hãy chia nhỏ tệp.")
            : (file.OpenReadStream(), null);
    }

    private PageResult Refused(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
