using ChatAssistant.Storage;
using ChatAssistant.Testing.Conversations;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Conversations;

/// <summary>What the conversation remembers between turns: expiry, redeploys, races, the transcript.</summary>
public sealed class ConversationStateTests : IAsyncDisposable
{
    private readonly SampleRegistrationDialog _registration = new();
    private readonly ConversationHarness _harness;

    public ConversationStateTests() => _harness = SampleHarness.Create(_registration);

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = _harness.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    [Fact]
    public async Task FlowLeftAloneTooLongExpiresAndTheResidentIsTold() =>
        await _harness.Resident().Send("1").AssertReplyContains("thủ tục nào").Send("1").AssertReplyContains("ngày nào")
            .Wait(TimeSpan.FromMinutes(31))
            .Send("mai").AssertReplyContains("đã hết hạn").AssertReplyContains("chưa hiểu");

    [Fact]
    public async Task FlowResumedWithinTheIdleTimeGoesOn() =>
        await _harness.Resident().Send("1").Send("1").Wait(TimeSpan.FromMinutes(29)).Send("mai")
            .AssertReplyContains("thủ tục nào").AssertReplyContains("ngày nào").AssertReplyContains("Mấy giờ");

    [Fact]
    public async Task DialogChangedByARedeployRestartsPolitely()
    {
        await _harness.Resident().Send("1").AssertReplyContains("thủ tục nào").Send("1").AssertReplyContains("ngày nào");

        _registration.CurrentVersion = 2;

        await _harness.Resident().Send("mai").AssertReplyContains("vừa được cập nhật").AssertReplyContains("chưa hiểu")
            .Send("1").AssertReplyContains("thủ tục nào");
    }

    [Fact]
    public async Task TwoMessagesAtOnceAreBothTakenOneAfterTheOther()
    {
        await _harness.Resident().Send("1").AssertReplyContains("thủ tục nào")
            .SendTogether("1", "2")
            // Whichever ran first chose a service; the other then met the day question, never the stale choice.
            .AssertReplyContains("ngày nào").AssertReplyContains("chưa hiểu ngày", "ngày nào").AssertNoReply();

        // Three turns committed, each over the state the one before it saved.
        Assert.Equal(3L, Scalar<long>("SELECT count(*) FROM transcript_entries WHERE direction = 'in'"));
    }

    [Fact]
    public async Task StateSurvivesBetweenTurnsInTheDatabase()
    {
        await _harness.Resident("r-state").Send("1").Send("3");

        var data = Scalar<string>("SELECT data FROM conversation_states WHERE user_id = 'r-state'");
        Assert.Contains(SampleRegistrationDialog.DialogId, data, StringComparison.Ordinal);
        Assert.Contains("ho-chieu", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscriptKeepsTheTurnsAndRedactsPhoneNumbersAndSensitiveAnswers()
    {
        await _harness.Resident("r-transcript").Send("1").Send("1").Send("mai").Send("8h").Send("0912345678")
            .AssertReplyContains("thủ tục nào").AssertReplyContains("ngày nào").AssertReplyContains("Mấy giờ")
            .AssertReplyContains("Số điện thoại").AssertReplyContains("84912***678");
        await _harness.Resident("r-transcript").Send("số tôi là 0987 654 321 nhé").AssertReplyContains("\"có\" hoặc \"không\"");

        var lines = Scalar<long>("SELECT count(*) FROM transcript_entries WHERE user_id = 'r-transcript'");
        var all = string.Join("\n", ReadTranscript("r-transcript"));
        Assert.True(lines >= 12, $"expected every turn in the transcript, got {lines} lines");
        Assert.DoesNotContain("0912345678", all, StringComparison.Ordinal);
        Assert.DoesNotContain("0987 654 321", all, StringComparison.Ordinal);
        Assert.Contains("Mấy giờ?", all, StringComparison.Ordinal);
    }

    private List<string> ReadTranscript(string userId)
    {
        using var connection = _harness.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.Query<string>("SELECT text FROM transcript_entries WHERE user_id = @userId ORDER BY id", new { userId }).ToList();
    }
}
