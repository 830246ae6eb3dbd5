using ChatAssistant.Content;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Features.Procedures.Answers;

namespace ChatAssistant.Tests.Features.Procedures;

/// <summary>Every procedure of the catalogue as a chat answer: complete, and within Zalo's message size.</summary>
public sealed class ProcedureAnswerTests
{
    private const string DevelopmentAccount = "388613280878808645";
    private const int ZaloTextLimit = 2000;

    private static readonly ProcedureCatalogue Catalogue = ProcedureCatalogue.Load(Path.Combine(RepositoryFiles.DialogsFolder, ProcedureCatalogue.FolderName));
    private static readonly OfficeDirectory Offices = OfficeDirectory.Load(Path.Combine(RepositoryFiles.DialogsFolder, OfficeDirectory.FileName));
    private static readonly ResidentTexts Texts = ResidentTexts.Load(
        [RepositoryFiles.Texts, .. Directory.GetFiles(Path.Combine(RepositoryFiles.DialogsFolder, ResidentTexts.FeatureFolderName), "*.yaml")]);

    public static TheoryData<string> ProcedureIds => [.. Catalogue.Procedures.Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(ProcedureIds))]
    public void AnswerHoldsEveryDocumentTheFeeTheTimeLimitAndWhereToVerify(string id)
    {
        var procedure = Catalogue.Find(id)!;

        var parts = ProcedureAnswer.Render(procedure, DevelopmentAccount, Offices, Texts, page: null);
        var all = string.Join("\n", parts);

        Assert.InRange(parts.Count, 1, 2);
        Assert.All(parts, part => Assert.InRange(part.Length, 1, ZaloTextLimit));
        Assert.All(procedure.Documents, document => Assert.Contains("- " + document.Name, all, StringComparison.Ordinal));
        Assert.Contains(procedure.Fee.Text, all, StringComparison.Ordinal);
        Assert.Contains(procedure.TimeLimit, all, StringComparison.Ordinal);
        Assert.Contains(procedure.CheckedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), parts[^1], StringComparison.Ordinal);
        if (procedure.Online is { } online)
        {
            Assert.Contains(online.Url.OriginalString, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ShortAnswerIsOneMessageAndLongOneSplitsAfterTheDocuments()
    {
        var answers = Catalogue.Procedures.Select(p => (Procedure: p, Parts: ProcedureAnswer.Render(p, DevelopmentAccount, Offices, Texts, null))).ToList();

        Assert.Contains(answers, a => a.Parts.Count == 1 && a.Parts[0].Length <= ProcedureAnswer.OneMessage);
        var split = answers.First(a => a.Parts.Count == 2);
        Assert.StartsWith("- " + split.Procedure.Documents[^1].Name, split.Parts[0].Split('\n')[^1], StringComparison.Ordinal);
        Assert.StartsWith("Lệ phí:", split.Parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AccountWithoutOfficesIsToldTheKindOfOfficeAndTheFallbackContact()
    {
        var parts = ProcedureAnswer.Render(Catalogue.Find("ho-chieu-cap")!, "another-account", Offices, Texts, null);

        // Immigration is a shared provincial office, so it is named; the unit's own contact is not known.
        Assert.Contains("Phòng Quản lý xuất nhập cảnh Công an tỉnh (mẫu)", parts[^1], StringComparison.Ordinal);
        Assert.Contains(Texts.Get(ProcedureTexts.VerifyContactFallback), parts[^1], StringComparison.Ordinal);
        var firstCard = ProcedureAnswer.Render(Catalogue.Find("can-cuoc-cap-lan-dau")!, "another-account", Offices, Texts, null)[^1];
        Assert.Contains(OfficeKinds.Label("commune-police"), firstCard, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicPageLinkIsGivenWhenTheSiteAddressIsConfigured()
    {
        var options = new PublicPagesOptions { BaseUrl = new Uri("https://congan-phuong.example.vn/ho-tro") };

        var parts = ProcedureAnswer.Render(Catalogue.Find("xe-sang-ten")!, DevelopmentAccount, Offices, Texts, options.PageOf("xe-sang-ten"));

        Assert.Contains("https://congan-phuong.example.vn/ho-tro/thu-tuc/xe-sang-ten", parts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void UnconfirmedFeeIsFlaggedOnceEvenWhenTheCatalogueAlreadySaysSo()
    {
        var feeLines = Catalogue.Procedures.Where(p => !p.Fee.Confirmed)
            .Select(p => string.Join("\n", ProcedureAnswer.Render(p, DevelopmentAccount, Offices, Texts, null)).Split('\n').Single(l => l.StartsWith("Lệ phí:", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(feeLines);
        Assert.All(feeLines, line => Assert.Single(System.Text.RegularExpressions.Regex.Matches(line, "xác nhận", System.Text.RegularExpressions.RegexOptions.IgnoreCase)));
    }
}
