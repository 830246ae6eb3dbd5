using System.Globalization;
using System.Net;
using ChatAssistant.Features.Officers;
using ChatAssistant.Host.TipOffs;
using ChatAssistant.Testing;

namespace ChatAssistant.IntegrationTests.Console.TipOffs;

/// <summary>
/// Every request that serves evidence (whole, a range, a HEAD) is audited before its bytes go out; a player's many
/// requests are one row per officer and file within the viewing window. The clock is the test's.
/// </summary>
public sealed class EvidenceViewingTests : TipOffPagesTest
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    protected override TimeProvider Clock => _clock;

    protected override IDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["TipOffs:Evidence:ViewingWindow"] = "00:05:00",
    };

    private static string Url(long tipOffId, long evidenceId) => $"/console/tip-offs/{tipOffId}/evidence/{evidenceId}?oa={OaA}";

    private static string Subject(long tipOffId, long evidenceId) => $"{tipOffId}/{evidenceId}";

    private static async Task<(HttpStatusCode Status, string? ContentRange, byte[] Body)> AskAsync(
        ConsoleClient client, string url, string? range = null, bool head = false)
    {
        using var request = new HttpRequestMessage(head ? HttpMethod.Head : HttpMethod.Get, url);
        if (range is not null)
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentRange?.ToString(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_from_the_second_byte_serves_the_rest_of_the_file_and_is_audited()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);

        var answer = await AskAsync(client, Url(tipOffId, evidenceId), "bytes=1-");

        Assert.Equal(HttpStatusCode.PartialContent, answer.Status);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"bytes 1-{Photo.Length - 1}/{Photo.Length}"), answer.ContentRange);
        Assert.Equal(Photo[1..], answer.Body);
        Assert.Equal(1L, AuditRows(EvidenceEndpoints.DownloadAction, Subject(tipOffId, evidenceId), officerId));
    }

    [Fact]
    public async Task A_players_requests_within_the_window_are_one_viewing_and_one_row()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);
        var url = Url(tipOffId, evidenceId);

        var head = await AskAsync(client, url, head: true);
        var start = await AskAsync(client, url, "bytes=0-1023");
        var end = await AskAsync(client, url, "bytes=-100");
        var whole = await AskAsync(client, url);
        _clock.Advance(TimeSpan.FromMinutes(4));
        var seek = await AskAsync(client, url, "bytes=40000-");

        Assert.Equal(
            new[] { HttpStatusCode.OK, HttpStatusCode.PartialContent, HttpStatusCode.PartialContent, HttpStatusCode.OK, HttpStatusCode.PartialContent },
            new[] { head.Status, start.Status, end.Status, whole.Status, seek.Status });
        Assert.Empty(head.Body);
        Assert.Equal(Photo[..1024], start.Body);
        Assert.Equal(Photo[^100..], end.Body);
        Assert.Equal(Photo, whole.Body);
        Assert.Equal(Photo[40000..], seek.Body);
        Assert.Equal(1L, AuditRows(EvidenceEndpoints.DownloadAction, Subject(tipOffId, evidenceId), officerId));
    }

    [Fact]
    public async Task A_request_once_the_window_has_passed_is_a_new_viewing_with_its_own_row()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);
        var url = Url(tipOffId, evidenceId);

        await AskAsync(client, url, "bytes=0-99");
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var later = await AskAsync(client, url, "bytes=100-199");

        Assert.Equal(Photo[100..200], later.Body);
        Assert.Equal(2L, AuditRows(EvidenceEndpoints.DownloadAction, Subject(tipOffId, evidenceId), officerId));
    }

    [Fact]
    public async Task Another_officer_viewing_the_same_file_meanwhile_gets_a_row_of_their_own()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (firstId, first) = await SignedInOfficerAsync(OfficerRole.Officer);
        var (secondId, second) = await SignedInOfficerAsync(OfficerRole.Leader);

        await AskAsync(first, Url(tipOffId, evidenceId));
        var seen = await AskAsync(second, Url(tipOffId, evidenceId), "bytes=5-");

        Assert.Equal(Photo[5..], seen.Body);
        Assert.Equal((1L, 1L), (AuditRows(EvidenceEndpoints.DownloadAction, Subject(tipOffId, evidenceId), firstId),
            AuditRows(EvidenceEndpoints.DownloadAction, Subject(tipOffId, evidenceId), secondId)));
    }

    [Fact]
    public async Task A_range_past_the_end_of_the_file_serves_nothing_and_is_not_audited()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (_, client) = await SignedInOfficerAsync(OfficerRole.Officer);

        var answer = await AskAsync(client, Url(tipOffId, evidenceId), string.Create(CultureInfo.InvariantCulture, $"bytes={Photo.Length}-"));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, answer.Status);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"bytes */{Photo.Length}"), answer.ContentRange);
        Assert.Empty(answer.Body);
        Assert.Equal(0L, AuditRows(EvidenceEndpoints.DownloadAction, Subject(tipOffId, evidenceId)));
    }
}
