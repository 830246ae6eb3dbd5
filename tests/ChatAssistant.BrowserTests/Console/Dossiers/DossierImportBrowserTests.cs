using System.Text;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.Officers;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests.Console.Dossiers;

/// <summary>The results import in a real browser: the upload's progress and the refused rows.</summary>
public sealed class DossierImportBrowserTests(BrowserSession browser) : ConsoleBrowserTest(browser)
{
    private const string Csv = """
        ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu
        HS-2026-0101;Cấp thẻ căn cước lần đầu;Đang xử lý;05/03/2026;
        HS-2026-0102;Đăng ký thường trú;Đã có kết quả;06/03/2026;Mời đến nhận
        HS-2026-0103;Đăng ký tạm trú;Đã xong rồi;07/03/2026;
        HS-2026-0104;Đăng ký tạm trú;Đang xử lý;31/02/2026;

        """;

    [BrowserFact]
    public Task AnOfficerUploadsAListSeesTheUploadReach100AndTheRefusedRows() => RunAsync(async () =>
    {
        await SignInAsAsync(Page, OfficerRole.Officer);
        await Page.GotoAsync("/console/dossiers");

        await Page.Locator("input[type=file]").SetInputFilesAsync(
            new FilePayload { Name = "ket-qua.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv) });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nhập" }).ClickAsync();

        await Assertions.Expect(Page.Locator("#rejections")).ToBeVisibleAsync();
        Assert.Equal("/console/dossiers", new Uri(Page.Url).AbsolutePath);
        Assert.Equal(100, await Page.Locator("progress[data-upload-progress]").EvaluateAsync<double>("p => p.value"));
        await Assertions.Expect(Page.Locator("#rejections tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(Page.Locator("[data-count=imported]")).ToHaveTextAsync("2");
        await Assertions.Expect(Page.Locator("#rejections")).ToContainTextAsync("Không rõ trạng thái");
        Assert.Equal(DossierStatus.Ready, Resolve<DossierStore>().Find(BrowserHost.OaA, "HS-2026-0102")?.Status);
        await Screenshots.SaveAsync(Page, "console-dossiers");
    });
}
