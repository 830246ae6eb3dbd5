using ChatAssistant.Features.Booking;
using ChatAssistant.Testing;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Booking.Chat;

/// <summary>
/// Booking in chat on the repository's calendar (30-minute slots, 2 places, 1 hour lead time). The clock stands at
/// Tuesday 1 December 2026, 09:00 in Vietnam.
/// </summary>
public sealed class BookingChatTests : IAsyncDisposable
{
    private readonly ConversationHarness _harness = ConversationHarness.Create();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private BookingDesk Desk => _harness.Services.GetRequiredService<BookingDesk>();

    private static readonly DateTimeOffset TomorrowAt0800 = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FromAProcedureAnswerToACodeATicketThePlaceAndThePapers()
    {
        await _harness.Resident().Send("làm căn cước lần đầu").AssertReplyContains("1. Đặt lịch hẹn nộp hồ sơ")
            .Send("1").AssertReplyContains("ngày nào", "Cấp thẻ căn cước lần đầu", "1. Thứ Ba 01/12", "2. Thứ Tư 02/12")
            .Send("mai").AssertReplyContains("Thứ Tư 02/12", "1. 07:30 (còn 2 chỗ)")
            // The time taken is said back with the phone question, so a slip is seen at once.
            .Send("8h").AssertReplyContains("Vâng, Thứ Tư 02/12 lúc 08:00.", "số điện thoại")
            .Send("0912 345 678").AssertReplyContains("Thứ Tư 02/12 lúc 08:00", "0912 345 678", "Xác nhận")
            .Send("có").AssertReplyContains("Đặt lịch thành công", "Số thứ tự: A-", "Trụ sở Công an phường Mẫu", "google.com/maps", "Tờ khai căn cước (mẫu CC01)")
            .AssertNoReply();

        var booked = Assert.Single(Desk.Upcoming(_harness.AccountId, "resident-1"));
        Assert.Equal((TomorrowAt0800, "can-cuoc-cap-lan-dau", AppointmentStatus.Active), (booked.Start, booked.ServiceId, booked.Status));
        Assert.EndsWith("912345678", booked.Phone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoAheadAndBookAgainWithTheServiceDayAndTimeAsksOnlyThePhone() =>
        await _harness.Resident().Send("À đc rồi, đặtt lại đi, cấp đổi căn cước ngày 3/12 lúc 3h chiều")
            .AssertReplyContains("số điện thoại")
            .Send("0912 345 678").AssertReplyContains("Cấp đổi thẻ căn cước", "Thứ Năm 03/12 lúc 15:00");

    [Fact]
    public async Task MenuBeforeAnyChoiceShowsTheMenuButOnceAServiceIsChosenAsksFirstAndGoesOnWhereItLeft()
    {
        await _harness.Resident("menu-0").Send("đặt lịch").AssertReplyContains("thủ tục nào")
            .Send("menu").AssertReplyContains("Bạn cần hỗ trợ việc gì");
        await _harness.Resident("menu-1").Send("đặt lịch").AssertReplyContains("thủ tục nào")
            .Send("đăng ký tạm trú").AssertReplyContains("ngày nào")
            .Send("cho e xem lai menu dc hk").AssertReplyContains("về menu chính không")
            .Send("k, dat tiep di ad").AssertReplyContains("tiếp tục").AssertReplyContains("ngày nào");
        await _harness.Resident("menu-2").Send("đặt lịch").AssertReplyContains("thủ tục nào")
            .Send("đăng ký tạm trú").AssertReplyContains("ngày nào")
            .Send("mai").AssertReplyContains("Thứ Tư 02/12", "mấy giờ")
            .Send("Cho tôi quay về menu chính.").AssertReplyContains("về menu chính không")
            .Send("Không, tôi vẫn muốn tiếp tục đặt lịch.").AssertReplyContains("tiếp tục").AssertReplyContains("Thứ Tư 02/12", "mấy giờ")
            .Send("15 giờ").AssertReplyContains("15:00", "số điện thoại");
    }

    [Fact]
    public async Task ATimeGivenWhereTheDayIsAskedIsKeptForTheDayAndIsNoFailedAttempt() =>
        await _harness.Resident("time-first").Send("đặt lịch").AssertReplyContains("thủ tục nào")
            .Send("đăng ký tạm trú").AssertReplyContains("ngày nào")
            .Send("Tôi đến lúc 15 giờ.").AssertReplyContains("Vâng, 15:00", "ngày đến", "ngày nào")
            .Send("sáng sớm nha").AssertReplyContains("Vâng, buổi sáng", "ngày nào")
            .Send("chiều").AssertReplyContains("Vâng, buổi chiều", "ngày nào")
            // Three answers without a day, and the flow has not given up: the kept time is used with the day.
            .Send("thứ 5").AssertReplyContains("Thứ Năm 03/12 lúc 15:00", "số điện thoại");

    [Fact]
    public async Task ABookingNamingAnotherProcedureThanTheTopicDoesNotBookTheTopic() =>
        await _harness.Resident("topic-other").Send("đăng ký tạm trú lệ phí bao nhiêu").AssertReplyContains("ĐĂNG KÝ TẠM TRÚ", "Lệ phí")
            .Send("đặt lịch căn cước").AssertReply(reply =>
            {
                Assert.Contains("thủ tục nào", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("ngày nào", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task TodayOffersOnlyTimesAfterTheLeadTime() =>
        await _harness.Resident().Send("đặt lịch").AssertReplyContains("thủ tục nào")
            .Send("đăng ký tạm trú").AssertReplyContains("ngày nào")
            .Send("hôm nay").AssertReply(reply =>
            {
                Assert.Contains("1. 10:00", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("09:30", reply.Text, StringComparison.Ordinal);
            });

    [Theory]
    [InlineData("abc", "chưa hiểu ngày")]
    [InlineData("6/12", "không còn chỗ")] // a Sunday: only the mobile identity-card session, no residence service
    [InlineData("20/1", "không còn chỗ")] // beyond the 30-day horizon
    public async Task DayThatCannotBeBookedIsAskedAgain(string day, string why) =>
        await _harness.Resident().Send("đặt lịch").AssertReply(_ => { })
            .Send("đăng ký tạm trú").AssertReply(_ => { })
            .Send(day).AssertReplyContains(why);

    [Fact]
    public async Task SlotTakenWhileChoosingGetsAnApologyAndFreshChoices()
    {
        var flow = _harness.Resident();
        await flow.Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReply(_ => { })
            .Send("mai").AssertReply(_ => { }).Send("8h").AssertReply(_ => { }).Send("bỏ qua").AssertReplyContains("Xác nhận");

        foreach (var other in new[] { "other-1", "other-2" })
        {
            Assert.True((await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, other, null, null))).IsBooked);
        }

        await flow.Send("có").AssertReplyContains("vừa hết chỗ").AssertReplyContains("ngày nào")
            .Send("mai").AssertReply(reply => Assert.DoesNotContain("08:00", reply.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecondBookingOfTheSameServiceThatDayIsRefused()
    {
        Assert.True((await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, null))).IsBooked);

        await _harness.Resident().Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReply(_ => { })
            .Send("mai").AssertReply(_ => { }).Send("14h").AssertReply(_ => { }).Send("bỏ qua").AssertReply(_ => { })
            .Send("có").AssertReplyContains("đã có lịch hẹn cho thủ tục này");
    }

    [Fact]
    public async Task MyAppointmentsCancelsAfterConfirmation()
    {
        var code = (await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, null))).Appointment!.Code;

        await _harness.Resident().Send("lịch hẹn của tôi").AssertReplyContains("1. E-", "Thứ Tư 02/12 lúc 08:00", code)
            .Send("1").AssertReplyContains("Đổi sang ngày giờ khác", "Hủy lịch hẹn")
            .Send("hủy lịch hẹn").AssertReplyContains($"hủy lịch hẹn {code}?")
            .Send("có").AssertReplyContains($"Đã hủy lịch hẹn {code}");

        Assert.Empty(Desk.Upcoming(_harness.AccountId, "resident-1"));
    }

    [Fact]
    public async Task RescheduleWithOneBookingAsksOnlyTheNewDayAndTime()
    {
        await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, "84912345678"));

        await _harness.Resident().Send("cho em đổi lịch hẹn sang thứ 5").AssertReplyContains("Thứ Năm 03/12", "giờ")
            .Send("9h30").AssertReplyContains("Thứ Năm 03/12 lúc 09:30", "Xác nhận")
            .Send("ok").AssertReplyContains("Đã đổi lịch hẹn");
    }

    [Fact]
    public async Task RescheduleToAnotherTimeTheSameDayKeepsTheDay()
    {
        await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, null));

        await _harness.Resident().Send("cho em đổi lịch hẹn sang 10h cùng ngày").AssertReplyContains("Thứ Tư 02/12 lúc 10:00", "Xác nhận");
    }

    [Fact]
    public async Task CancellingInSoManyWordsWithOneBookingAsksToConfirmThenCancels()
    {
        var code = (await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, null))).Appointment!.Code;

        await _harness.Resident().Send("mai em bận không đến được, hủy lịch hẹn giúp em").AssertReplyContains(code)
            .Send("ừ hủy đi").AssertReplyContains("Đã hủy");
        Assert.Empty(Desk.Upcoming(_harness.AccountId, "resident-1"));
    }

    [Fact]
    public async Task HuyInTheAppointmentMenuPicksCancelTheAppointmentNotLeaveTheMenu()
    {
        await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, null));

        await _harness.Resident().Send("lịch hẹn của tôi").AssertReplyContains("Đăng ký tạm trú").Send("1").AssertReplyContains("Hủy lịch hẹn")
            .Send("hủy").AssertReplyContains("chắc chắn")
            .Send("tôi nghĩ lại rồi, vẫn giữ lịch").AssertReplyContains("giữ");
        Assert.Single(Desk.Upcoming(_harness.AccountId, "resident-1"));
    }

    [Fact]
    public async Task MyAppointmentsReschedulesToANewTimeWithANewCode()
    {
        var code = (await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, "84912345678"))).Appointment!.Code;

        await _harness.Resident().Send("lịch hẹn của tôi").AssertReplyContains(code)
            .Send("1").AssertReplyContains("Đổi sang ngày giờ khác")
            .Send("1").AssertReplyContains("ngày nào")
            .Send("3").AssertReplyContains("Thứ Năm 03/12")
            .Send("9h30").AssertReplyContains("Thứ Năm 03/12 lúc 09:30", "0912 345 678", "Xác nhận")
            .Send("đồng ý").AssertReplyContains("Đã đổi lịch hẹn", "Thứ Năm 03/12 lúc 09:30");

        var moved = Assert.Single(Desk.Upcoming(_harness.AccountId, "resident-1"));
        Assert.NotEqual(code, moved.Code);
        Assert.Equal((new DateTimeOffset(2026, 12, 3, 2, 30, 0, TimeSpan.Zero), "84912345678"), (moved.Start, moved.Phone));
    }

    [Fact]
    public async Task PhoneSharedFromZalosInfoCardIsUsedForReminders()
    {
        await using var harness = ConversationHarness.Create(settings: new Dictionary<string, string?> { ["Booking:InfoCardImageUrl"] = "https://example.invalid/the.png" });

        await harness.Resident().Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReply(_ => { })
            .Send("mai").AssertReply(_ => { }).Send("8h")
            .AssertReply(card => Assert.Equal(("Chia sẻ số điện thoại để nhắc lịch", "https://example.invalid/the.png"), (card.Title, card.MediaUrl)))
            .AssertReplyContains("số điện thoại")
            .SubmitInfo(new ChatAssistant.Conversation.Activities.SubmittedInfo { Name = "Nguyễn Văn A", Phone = "84912345678" })
            .AssertReplyContains("0912 345 678")
            .Send("có").AssertReplyContains("Đặt lịch thành công");

        Assert.Equal("84912345678", Assert.Single(harness.Services.GetRequiredService<BookingDesk>().Upcoming(harness.AccountId, "resident-1")).Phone);
    }

    [Fact]
    public async Task ResidentAtTheLimitOfUpcomingBookingsIsToldSoBeforeTheQuestionsAndCanCancelOneInWords()
    {
        await BookTwoFor("resident-1");

        await _harness.Resident().Send("đặt lịch").AssertReplyContains("đủ số lịch hẹn tối đa")
            .Send("Vậy hủy cái lịch gia hạn tạm trú đi, để tôi nộp trên mạng").AssertReplyContains("chắc chắn hủy")
            .Send("Ừ, hủy").AssertReplyContains("Đã hủy lịch hẹn")
            .Send("đặt lịch").AssertReplyContains("thủ tục nào");
        Assert.Equal("can-cuoc-cap-doi", Assert.Single(Desk.Upcoming(_harness.AccountId, "resident-1")).ServiceId);
    }

    [Fact]
    public async Task BookingsMadeElsewhereWhileTheQuestionsAreAnsweredAreCountedAtTheEnd()
    {
        var flow = _harness.Resident().Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReply(_ => { })
            .Send("mai").AssertReply(_ => { }).Send("8h").AssertReply(_ => { }).Send("bỏ qua").AssertReply(_ => { });
        await flow;
        await BookTwoFor("resident-1");
        await flow.Send("có").AssertReplyContains("đủ số lịch hẹn tối đa");
    }

    [Fact]
    public async Task AQuestionWhetherALateArrivalCancelsTheBookingCancelsNothing()
    {
        await BookTwoFor("resident-1");
        await _harness.Resident().Send("Nếu hôm đó tôi đến muộn khoảng mười lăm phút thì có bị hủy lịch không?")
            .AssertReply(reply => Assert.DoesNotContain("chắc chắn hủy", reply.Text, StringComparison.Ordinal));
    }

    private async Task BookTwoFor(string resident)
    {
        foreach (var (service, day) in new[] { ("can-cuoc-cap-doi", 3), ("tam-tru-gia-han", 4) })
        {
            var start = new DateTimeOffset(2026, 12, day, 1, 0, 0, TimeSpan.Zero);
            Assert.True((await Desk.BookAsync(new BookingRequest(_harness.AccountId, service, start, resident, null, null))).IsBooked);
        }
    }

    [Fact]
    public async Task APhoneSaidWithTheDayAndTimeIsNotAskedAgain() =>
        await _harness.Resident().Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký thường trú").AssertReplyContains("ngày nào")
            .Send("Vậy tôi xin đặt lịch đăng ký thường trú vào chiều thứ Năm, lúc 2 giờ 30, số điện thoại 0904 123 789.")
            .AssertReplyContains("Thứ Năm 03/12 lúc 14:30", "0904 123 789", "Xác nhận")
            .Send("Thông tin đúng, xin xác nhận giúp tôi.").AssertReplyContains("Đặt lịch thành công");

    [Fact]
    public async Task AServiceNamedWithItsDayTimeAndPhoneWhereTheServiceIsAskedTakesThemAll() =>
        await _harness.Resident().Send("đặt lịch").AssertReplyContains("thủ tục nào")
            .Send("Vậy tôi xin đặt lịch đăng ký thường trú vào chiều thứ Năm, lúc 2 giờ 30, số điện thoại 0904 123 789.")
            .AssertReplyContains("Đăng ký thường trú", "Thứ Năm 03/12 lúc 14:30", "0904 123 789", "Xác nhận");

    [Fact]
    public async Task BookingAgainWithNothingBookedBooksAnewWithTheServiceAndDaySaid() =>
        await _harness.Resident().Send("ad oi e co hd r, dat lai lich tam tru t5 nha")
            .AssertReplyContains("chưa có lịch hẹn nào sắp tới để đổi").AssertReplyContains("Thứ Năm 03/12", "mấy giờ")
            .Send("8h30").AssertReplyContains("số điện thoại").Send("bỏ qua").AssertReplyContains("Đăng ký tạm trú", "Thứ Năm 03/12 lúc 08:30");

    [Fact]
    public async Task AskingForOnesAppointmentsWhileBookingListsThemOnTheSideAndTheDayIsAskedAgain()
    {
        await _harness.Resident().Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReplyContains("ngày nào")
            .Send("Có lẽ tôi nhầm, xin hỏi hiện tôi có lịch hẹn nào không ạ?").AssertReplyContains("chưa có lịch hẹn nào sắp tới")
            .AssertReplyContains("ngày nào")
            .Send("mai").AssertReplyContains("Thứ Tư 02/12", "mấy giờ");

        var code = (await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-2", null, null))).Appointment!.Code;
        await _harness.Resident("resident-2").Send("đặt lịch").AssertReply(_ => { }).Send("cấp đổi căn cước").AssertReplyContains("ngày nào")
            .Send("xin hỏi hiện tôi có lịch hẹn nào không ạ?").AssertReplyContains("Lịch hẹn sắp tới của bạn", "Đăng ký tạm trú", code)
            .AssertReplyContains("ngày nào");
    }

    [Fact]
    public async Task NoUpcomingAppointmentsSaysHowToBook() =>
        await _harness.Resident().Send("lịch hẹn của tôi").AssertReplyContains("chưa có lịch hẹn", "đặt lịch");

    [Fact]
    public async Task HolidayIsNotOffered()
    {
        // Thursday 29 April 2027, the day before the 30/4 holiday.
        await using var harness = ConversationHarness.Create(clock: new ManualClock(new DateTimeOffset(2027, 4, 29, 2, 0, 0, TimeSpan.Zero)));

        await harness.Resident().Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReply(reply =>
            {
                Assert.DoesNotContain("30/04", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("03/05", reply.Text, StringComparison.Ordinal);
                Assert.Contains("04/05", reply.Text, StringComparison.Ordinal);
            })
            .Send("30/4").AssertReplyContains("không còn chỗ");
    }

    [Fact]
    public async Task ThanksWhereATimeIsAskedIsAnsweredInKindAndTheTimeAskedAgainWithoutCountingAnAttempt()
    {
        var flow = _harness.Resident().Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReply(_ => { })
            .Send("mai").AssertReplyContains("mấy giờ");
        // Three courtesies in a row would have used up the time step's attempts; none counts.
        foreach (var courtesy in (string[])["Xin chân thành cảm ơn quý cơ quan.", "ok tks ad nhiều", "cảm ơn nhé"])
        {
            flow = flow.Send(courtesy).AssertReplyContains("cảm ơn", "chưa xong").AssertReplyContains("mấy giờ");
        }
        await flow.Send("9h").AssertReplyContains("Thứ Tư 02/12 lúc 09:00", "số điện thoại");
    }

    [Fact]
    public async Task ANoWithAnotherTimeAtTheSummaryCorrectsTheTimeAndKeepsTheBooking() =>
        await _harness.Resident().Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReply(_ => { })
            .Send("mai").AssertReply(_ => { }).Send("9h").AssertReply(_ => { }).Send("bỏ qua").AssertReplyContains("lúc 09:00", "Xác nhận")
            .Send("chua dung, doi lai 8h ruoi").AssertReplyContains("Thứ Tư 02/12 lúc 08:30")
            .AssertReplyContains("Xác nhận")
            .Send("dung roi").AssertReplyContains("Đặt lịch thành công");

    [Fact]
    public async Task CancellingTheAppointmentWhileMovingItCancelsItAfterConfirmation()
    {
        var code = (await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, null))).Appointment!.Code;

        await _harness.Resident().Send("lịch hẹn của tôi").AssertReplyContains(code)
            .Send("1").AssertReplyContains("Đổi sang ngày giờ khác")
            .Send("1").AssertReplyContains("ngày nào")
            .Send("Người thuê nhà đã tự nộp trực tuyến, vậy tôi xin hủy lịch hẹn này.").AssertReplyContains($"hủy lịch hẹn {code}?")
            .Send("Vâng, tôi xác nhận hủy.").AssertReplyContains($"Đã hủy lịch hẹn {code}");

        Assert.Empty(Desk.Upcoming(_harness.AccountId, "resident-1"));
    }

    [Fact]
    public async Task APartOfTheDaySaidWithTheDayTakesItsFirstFreeSlotAndAnotherTimeCorrectsIt() =>
        await _harness.Resident().Send("đặt lịch đăng ký tạm trú chiều thứ 4").AssertReplyContains("khung giờ còn chỗ: Thứ Tư 02/12 lúc 13:30", "mấy giờ khác", "số điện thoại")
            .Send("à cho 15h").AssertReplyContains("Thứ Tư 02/12 lúc 15:00");

    [Fact]
    public async Task TheServiceNamedInAClauseOfALongLetterIsTaken() =>
        await _harness.Resident().Send("Kính gửi Công an phường, tôi là Nguyễn Minh Tuấn. Năm nay tôi tròn 40 tuổi nên thẻ căn cước phải đổi, tôi xin đặt lịch hẹn đến làm thủ tục.")
            .AssertReplyContains("ngày nào", "Cấp đổi thẻ căn cước");

    [Theory]
    // Having to cancel, said with a reason, then a yes in the resident's words; "dung, huy" folds like "đừng hủy" but for its comma.
    [InlineData("Chừ nhà có đám giỗ, chắc tui phải hủy cái lịch đó thôi", "Ừ, hủy đi")]
    [InlineData("thu 4 toi bi dieu di cong tac, huy lich nay di", "dung, huy")]
    public async Task ACancelSaidWithAReasonAtAListOfOneAsksToConfirmAndAYesCancels(string cancel, string yes)
    {
        var code = (await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, "resident-1", null, null))).Appointment!.Code;

        await _harness.Resident().Send("lịch hẹn của tôi").AssertReplyContains(code)
            .Send(cancel).AssertReplyContains($"hủy lịch hẹn {code}?")
            .Send(yes).AssertReplyContains($"Đã hủy lịch hẹn {code}");

        Assert.Empty(Desk.Upcoming(_harness.AccountId, "resident-1"));
    }
}
