using ChatAssistant.Testing;
using ChatAssistant.Testing.Conversations;
using ChatAssistant.Testing.Understanding;

namespace ChatAssistant.Tests.Understanding;

/// <summary>Conversations that failed before the understanding layer (issue 14), as residents had them.</summary>
public sealed class UnderstandingFlowTests : IAsyncLifetime
{
    private ConversationHarness _harness = null!;

    public Task InitializeAsync()
    {
        _harness = ConversationHarness.Create(clock: new ManualClock(EvaluationRun.Start));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AFollowUpAboutOneAspectAnswersThatAspectOfTheProcedureJustDiscussed() =>
        await _harness.Resident().Send("làm căn cước lần đầu cần gì").AssertReplyContains("CC01")
            .Send("bao nhiêu tiền").AssertReply(reply =>
            {
                Assert.Contains("Miễn phí", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
            })
            .Send("mấy ngày thì có").AssertReplyContains("7 ngày làm việc");

    [Fact]
    public async Task TheTopicIsForgottenAfterTheConversationsMemory() =>
        await _harness.Resident().Send("làm căn cước lần đầu cần gì").AssertReplyContains("CC01")
            .Wait(TimeSpan.FromMinutes(31))
            .Send("bao nhiêu tiền").AssertReply(reply => Assert.DoesNotContain("Miễn phí", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task AnAcknowledgementAfterAnAnswerIsNeverSearched() =>
        await _harness.Resident().Send("làm căn cước lần đầu cần gì").AssertReplyContains("CC01")
            .Send("vâng ạ").AssertReplyContains("Vâng ạ");

    [Fact]
    public async Task ABookingRequestWithServiceAndDayAsksOnlyTheTime() =>
        await _harness.Resident().Send("cho em đặt lịch làm căn cước lần đầu sáng thứ 5").AssertReply(reply =>
        {
            Assert.Contains("03/12", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("thủ tục nào", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task ABookingRequestWithServiceDayAndTimeGoesStraightToThePhone() =>
        await _harness.Resident().Send("đặt lịch cấp lại căn cước ngày mai lúc 10h").AssertReplyContains("điện thoại");

    [Fact]
    public async Task APartOfTheDayPicksItsFirstFreeTime() =>
        await _harness.Resident().Send("đặt lịch làm căn cước lần đầu thứ 5").AssertReplyContains("03/12")
            .Send("sáng sớm nhất có thể").AssertReplyContains("điện thoại")
            .Send("tôi không muốn để lại số").AssertReplyContains("03/12")
            .Send("ok gửi đi").AssertReplyContains("Mã lịch hẹn");

    [Fact]
    public async Task AQuestionAddressedToAnOfficerIsAnsweredNotHandedOff() =>
        await _harness.Resident().Send("cán bộ ơi cho hỏi làm thẻ căn cước cho bé lần đầu thì mất bao lâu").AssertReply(reply =>
        {
            Assert.Contains("7 ngày làm việc", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Cán bộ sẽ trả lời", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task WhileWaitingForAnOfficerTheResidentIsNeverLeftInSilence() =>
        await _harness.Resident().Send("cho em gặp cán bộ").AssertReplyContains("Cán bộ sẽ trả lời")
            .Send("làm hộ chiếu ở đâu").AssertReplyContains("Trong lúc chờ").AssertReplyContains("HỘ CHIẾU").AssertReplyContains("Lệ phí")
            .Send("ừm").AssertReplyContains("đã nhận được tin nhắn");
}
