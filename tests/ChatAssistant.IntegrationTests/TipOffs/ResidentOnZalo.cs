using System.Globalization;
using ChatAssistant.Testing;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>A resident talking to the running host through signed webhooks, reading the answers at the fake Zalo API.</summary>
/// <param name="clock">The host's clock when it is not the machine's: events are signed at its time, or the host would
/// take them for stale.</param>
public sealed class ResidentOnZalo(ServiceUnderTest service, FakeZaloApi zalo, string userId, TimeProvider? clock = null)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public string UserId { get; } = userId;

    /// <summary>Posts one webhook and waits for the reply holding <paramref name="expected"/>; returns everything accepted so far.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> SayAsync(string body, string expected)
    {
        var before = zalo.AcceptedMessages.Count;
        using (var response = await service.PostWebhookAsync(body))
        {
            Assert.True(response.IsSuccessStatusCode, $"webhook answered {(int)response.StatusCode}");
        }
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (zalo.AcceptedMessages.Skip(before).Any(m => m.Text?.Contains(expected, StringComparison.Ordinal) == true))
            {
                // Let the rest of the turn's replies arrive before the next message.
                await Task.Delay(100);
                return zalo.AcceptedMessages;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"No reply with \"{expected}\"; got: {string.Join(" | ", zalo.AcceptedMessages.Skip(before).Select(m => m.Text))}");
    }

    public string Text(string text) => ServiceUnderTest.TextEvent(UserId, text, signedAt: clock?.GetUtcNow());

    public string Image(Uri url) =>
        $$$$"""{"app_id":"360846524940903967","sender":{"id":"{{{{UserId}}}}"},"user_id_by_app":"app-{{{{UserId}}}}","recipient":{"id":"{{{{ServiceUnderTest.OaId}}}}"},"event_name":"user_send_image","message":{"msg_id":"{{{{Guid.NewGuid():N}}}}","attachments":[{"type":"image","payload":{"url":"{{{{url}}}}","thumbnail":"{{{{url}}}}"}}]},"timestamp":"{{{{Now}}}}"}""";

    public string Location(string address, string latitude, string longitude) =>
        $$$$"""{"app_id":"360846524940903967","sender":{"id":"{{{{UserId}}}}"},"user_id_by_app":"app-{{{{UserId}}}}","recipient":{"id":"{{{{ServiceUnderTest.OaId}}}}"},"event_name":"user_send_location","message":{"text":"{{{{address}}}}","msg_id":"{{{{Guid.NewGuid():N}}}}","attachments":[{"type":"location","payload":{"coordinates":{"latitude":"{{{{latitude}}}}","longitude":"{{{{longitude}}}}"}}}]},"timestamp":"{{{{Now}}}}"}""";

    /// <summary>Zalo's echo of a message the account sent to this resident.</summary>
    public string Echo(string text, string messageId) =>
        $$$$"""{"app_id":"360846524940903967","sender":{"id":"{{{{ServiceUnderTest.OaId}}}}"},"user_id_by_app":"app-{{{{UserId}}}}","recipient":{"id":"{{{{UserId}}}}"},"event_name":"oa_send_text","message":{"text":"{{{{text}}}}","msg_id":"{{{{messageId}}}}"},"timestamp":"{{{{Now}}}}"}""";

    private string Now => (clock?.GetUtcNow() ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
