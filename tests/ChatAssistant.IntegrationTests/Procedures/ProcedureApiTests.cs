using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatAssistant.IntegrationTests.Procedures;

/// <summary>GET /api/procedures/search and /api/procedures/{id} on the real host and the repository's catalogue.</summary>
public sealed class ProcedureApiTests : ZaloHostTest
{
    private async Task<JsonElement> SearchAsync(string question) =>
        await Service.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/procedures/search?q={Uri.EscapeDataString(question)}&limit=5", UriKind.Relative));

    [Theory]
    [InlineData("làm căn cước lần đầu cần giấy tờ gì", "can-cuoc-cap-lan-dau")]
    [InlineData("lam cccd lan dau", "can-cuoc-cap-lan-dau")]
    [InlineData("mới mua xe cũ của bạn", "xe-sang-ten")]
    [InlineData("xin lltp o dau", "ly-lich-tu-phap")]
    public async Task QuestionFindsItsProcedureFirst(string question, string expected)
    {
        var answer = await SearchAsync(question);

        Assert.Equal(question, answer.GetProperty("query").GetString());
        var first = answer.GetProperty("results")[0];
        Assert.Equal(expected, first.GetProperty("id").GetString());
        Assert.InRange(first.GetProperty("score").GetDouble(), 0.0, 1.0);
    }

    [Theory]
    [InlineData("sổ đỏ")]
    [InlineData("dang ky ket hon")]
    [InlineData("thời tiết hôm nay")]
    public async Task OutOfScopeQuestionGetsNoResults(string question) =>
        Assert.Equal(0, (await SearchAsync(question)).GetProperty("results").GetArrayLength());

    [Fact]
    public async Task MissingQuestionIsABadRequest()
    {
        var response = await Service.Http.GetAsync(new Uri("/api/procedures/search", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EntryIsReturnedWhole()
    {
        var entry = await Service.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/procedures/ly-lich-tu-phap", UriKind.Relative));

        Assert.Equal("ly-lich-tu-phap", entry.GetProperty("id").GetString());
        Assert.Equal("department-of-justice", entry.GetProperty("where")[0].GetString());
        Assert.True(entry.GetProperty("documents").GetArrayLength() > 0);
        Assert.Equal("2026-11-22", entry.GetProperty("checkedOn").GetString());
    }

    [Fact]
    public async Task UnknownIdIsNotFound()
    {
        var response = await Service.Http.GetAsync(new Uri("/api/procedures/khong-co", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
