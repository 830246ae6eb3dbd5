using System.Net;
using System.Text.RegularExpressions;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.Surveys;
using ChatAssistant.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console.Satisfaction;

public sealed partial class SatisfactionPageTests : ConsoleTest
{
    private long _appointment;

    private async Task AnswerAsync(string oaId, string serviceId, int rating, DateTimeOffset at)
    {
        var appointment = ++_appointment;
        await Service.Services.GetRequiredService<SqliteWriter>().WriteAsync((c, t) =>
        {
            SurveyStore.RecordAsked(c, t, oaId, "user-1", new SurveySubject(appointment, serviceId, "x"), at);
            SurveyStore.RecordAnswer(c, t, oaId, appointment, rating, comment: null, at);
        });
    }

    [Fact]
    public async Task The_charts_bars_follow_the_index_per_month_and_per_service()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var rating in new[] { 5, 5, 4, 2 })
        {
            await AnswerAsync(OaA, "can-cuoc-cap-lan-dau", rating, now);
        }
        await AnswerAsync(OaA, "tam-tru-dang-ky", 5, now);
        await AnswerAsync(OaA, "tam-tru-dang-ky", 1, now);
        await AnswerAsync(OaA, "tam-tru-dang-ky", 5, now.AddDays(-45));
        await AnswerAsync(OaB, "tam-tru-dang-ky", 1, now);
        var viewer = await SignedInAsAsync(OfficerRole.Viewer, OaA);

        var html = await viewer.GetPageAsync("/console/satisfaction");

        var month = VietnamTime.Today(TimeProvider.System).ToString("MM/yy", System.Globalization.CultureInfo.InvariantCulture);
        var bars = Bars(html);
        // This month: 4 of 6 answers rated 4 or 5 (66.7 %); the month before: 1 of 1; on a 0–100 % scale of 200 units.
        Assert.Equal("133.4", bars[month]);
        Assert.Contains(bars, b => b.Value == "200" && b.Key != month);
        Assert.Equal(2 + 2, bars.Count);
        Assert.Contains(bars, b => b.Key.StartsWith("Cấp", StringComparison.Ordinal) && b.Value == "150");
        Assert.Contains(bars, b => b.Key.StartsWith("Đăng ký tạm trú", StringComparison.Ordinal) && b.Value == "100");
        Assert.Contains("<title id=\"chart-months-title\">", html, StringComparison.Ordinal);
        Assert.Contains("66.7%", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_of_account_b_gets_404_for_account_a()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaB);

        using var response = await client.GetAsync($"/console/satisfaction?oa={OaA}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Dictionary<string, string> Bars(string html) =>
        BarTag().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[2].Value), m => m.Groups[1].Value);

    [GeneratedRegex("<rect class=\"bar\" [^>]*height=\"([0-9.]+)\"[^>]*data-label=\"([^\"]+)\"")]
    private static partial Regex BarTag();
}
