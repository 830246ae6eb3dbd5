using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.Procedures.Answers;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Procedures;

/// <summary>"Book a slot" after an answer, offered only where the booking feature can take it.</summary>
public sealed class ProcedureBookingOfferTests : IAsyncDisposable
{
    private readonly ConversationHarness _harness = ConversationHarness.Create(services =>
        services.AddSingleton<IProcedureBooking>(new CalendarOf("can-cuoc-cap-lan-dau", "to-giac-toi-pham")));

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task BookableProcedureOffersBookingFirstAndPickingItBeginsTheBooking() =>
        await _harness.Resident().Send("lam can cuoc lan dau").AssertReplyContains("1. Đặt lịch hẹn nộp hồ sơ", "2. Địa chỉ", "3. Hỏi thủ tục khác")
            .Send("1").AssertReplyContains("booking can-cuoc-cap-lan-dau");

    [Fact]
    public async Task BookingIsOfferedOnlyWhenTheCalendarHasTheService() =>
        await _harness.Resident().Send("đăng ký tạm trú").AssertReply(reply => Assert.DoesNotContain("Đặt lịch", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task ProcedureTheCatalogueMarksNotBookableIsNeverOffered() =>
        await _harness.Resident().Send("tố giác tội phạm").AssertReply(reply => Assert.DoesNotContain("Đặt lịch", reply.Text, StringComparison.Ordinal));

    /// <summary>A calendar with some services; beginning a booking just says which.</summary>
    private sealed class CalendarOf(params string[] procedureIds) : IProcedureBooking
    {
        public bool CanBook(string oaId, string procedureId) => procedureIds.Contains(procedureId);

        public Task<DialogTurnResult> BeginAsync(DialogContext dc, string procedureId, CancellationToken cancellationToken)
        {
            dc.Context.SendRawText("booking " + procedureId);
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete));
        }
    }
}
