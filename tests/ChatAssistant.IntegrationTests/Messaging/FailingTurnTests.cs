using ChatAssistant.Content;
using ChatAssistant.Messaging.Dispatch;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Messaging;

/// <summary>A turn that keeps throwing is retried, parked with its error, apologised for, and the lane goes on.</summary>
public sealed class FailingTurnTests : ZaloHostTest
{
    private readonly FlakyHandler _handler = new();

    protected override void Override(IServiceCollection services) => services.AddSingleton<ITurnHandler>(_handler);

    [Fact]
    public async Task TurnThatKeepsFailingIsParkedAndTheResidentGetsAnApology()
    {
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-fail", "boom"));
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-fail", "fine"));

        var replies = await Zalo.WaitForMessagesAsync(2, TimeSpan.FromSeconds(10));

        var apology = Service.Services.GetRequiredService<ResidentTexts>().Get(ResidentTexts.TurnFailed);
        Assert.Equal([apology, "echo: fine"], replies.Select(r => r.Text));
        Assert.Equal(3, _handler.Attempts("boom"));
        const string Boom = "FROM inbox_messages WHERE id = (SELECT min(id) FROM inbox_messages WHERE user_id = 'u-fail')";
        Assert.Equal("failed", Service.Query<string>("SELECT status " + Boom));
        Assert.Equal(3, Service.Query<long>("SELECT attempts " + Boom));
        Assert.Contains("handler broke", Service.Query<string>("SELECT error " + Boom), StringComparison.Ordinal);
        // Parked for good: nothing runs it again, so its words are gone.
        Assert.Equal("{}", Service.Query<string>("SELECT body " + Boom));
    }

    [Fact]
    public async Task TurnThatFailsOnceSucceedsOnRetryWithoutApology()
    {
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-once", "once"));

        var reply = Assert.Single(await Zalo.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));

        Assert.Equal("echo: once", reply.Text);
        Assert.Equal(2, _handler.Attempts("once"));
    }

    /// <summary>Echoes text; "boom" always throws, "once" throws the first time only.</summary>
    private sealed class FlakyHandler : ITurnHandler
    {
        private readonly Dictionary<string, int> _attempts = [];

        public int Attempts(string text)
        {
            lock (_attempts)
            {
                return _attempts.GetValueOrDefault(text);
            }
        }

        public Task HandleAsync(Turn turn, CancellationToken cancellationToken)
        {
            var text = turn.Activity.Text ?? "";
            int attempt;
            lock (_attempts)
            {
                attempt = _attempts[text] = _attempts.GetValueOrDefault(text) + 1;
            }
            if (text == "boom" || (text == "once" && attempt == 1))
            {
                throw new InvalidOperationException("handler broke");
            }
            turn.SendText("echo: " + text);
            return Task.CompletedTask;
        }
    }
}
