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

    /// <summary>A resident who has just booked temporary residence for Friday at 10:00, without a phone number.</summary>
    private ConversationFlow BookedForFridayAtTen(string resident) =>
        _harness.Resident(resident).Send("đặt lịch tạm trú thứ 6 lúc 10h").AssertReplyContains("số điện thoại")
            .Send("bỏ qua").AssertReplyContains("Xác nhận đặt lịch")
            .Send("có").AssertReplyContains("Mã lịch hẹn");

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
    public async Task AWordAnotherProcedureSharesDoesNotChangeTheTopic() =>
        await _harness.Resident().Send("làm căn cước lần đầu cho cháu cần gì").AssertReplyContains("CC01")
            // "làm hộ" is coming in someone's place, not "làm hộ chiếu".
            .Send("Cháu có phải đi cùng không hay mẹ đi làm hộ được?").AssertReply(reply =>
            {
                Assert.Contains("vân tay", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("HỘ CHIẾU", reply.Text, StringComparison.Ordinal);
            })
            // Two words of another procedure's name change it: "hộ chiếu" said bare is its issue (the "mất" of "mất bao lâu" is
            // what it takes, not a lost passport).
            .Send("còn hộ chiếu thì mất bao lâu").AssertReplyContains("CẤP HỘ CHIẾU PHỔ THÔNG", "Thời hạn giải quyết");

    [Fact]
    public async Task ADeadlineAskedGetsTheDaysTheResidentHasNotTheTimeTheOfficeTakes() =>
        await _harness.Resident().Send("Gia hạn tạm trú cần gì").AssertReplyContains("CT01")
            .Send("hồ sơ gia hạn phải nộp trước khi hết hạn bao nhiêu ngày?").AssertReply(reply =>
            {
                Assert.Contains("15 ngày", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Thời hạn giải quyết", reply.Text, StringComparison.Ordinal);
            })
            .Send("hạn chót sang tên xe máy là bao lâu").AssertReplyContains("30 ngày");

    [Theory]
    [InlineData("Tôi bị mất hộ chiếu phổ thông, trình báo ở đâu?", "co han may ngay phai bao k a", "Nộp trong 2 ngày làm việc")]
    [InlineData("mua xe cũ sang tên lệ phí bao nhiêu", "trong bao nhieu ngày phải sang tên xong", "30 ngày")]
    public async Task ADeadlineAskedInOtherWordsGetsTheDaysTheResidentHas(string first, string asked, string days) =>
        await _harness.Resident("deadline-" + asked.Length).Send(first).TakeReplies(_ => { })
            .Send(asked).AssertReply(reply =>
            {
                Assert.Contains(days, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Thời hạn giải quyết", reply.Text, StringComparison.Ordinal);
            });

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
    public async Task AQuestionThatSaysItAsksIsAnsweredAtThePhoneStepAndMovesNothing() =>
        await _harness.Resident().Send("đặt lịch xác nhận cư trú thứ 6 tuần này lúc 10h").AssertReplyContains("điện thoại")
            // "buổi sáng" in a question about the result is no new time for the booking.
            .Send("Xin hỏi thêm, nếu thông tin cư trú của tôi đã có sẵn trong cơ sở dữ liệu thì tôi có thể nhận giấy ngay trong buổi sáng hôm đó không?")
            .AssertReplyContains("Nửa ngày làm việc").AssertReplyContains("điện thoại")
            .Send("0983117452").AssertReplyContains("04/12 lúc 10:00")
            .Send("Các thông tin trên là chính xác, đề nghị quý cơ quan ghi nhận lịch hẹn.").AssertReplyContains("Mã lịch hẹn");

    [Fact]
    public async Task ALongQuestionNamingADayWithoutAskingToMoveMovesNothing() =>
        await _harness.Resident("no-move").Send("đặt lịch gia hạn tạm trú thứ 6 tuần này lúc 10h").AssertReplyContains("điện thoại")
            .Send("hạn tạm trú của tôi hết vào 20/12 thì có kịp không").AssertReply(reply =>
                Assert.DoesNotContain("đã đổi sang", reply.Text, StringComparison.Ordinal))
            .TakeReplies(_ => { })
            .Send("0983117452").AssertReplyContains("04/12 lúc 10:00");

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

    [Fact]
    public async Task WhileWaitingAQuestionTheClassifierTakesForNotOursIsStillAnswered() =>
        await _harness.Resident("waiting-asks").Send("noi may can bo truc giup toi").AssertReplyContains("Cán bộ sẽ trả lời")
            .Send("toi muon hoi ve giay phep kinh doanh karaoke").AssertReplyContains("Trong lúc chờ").AssertReplyContains("AN NINH, TRẬT TỰ")
            .AssertReplyContains("Bạn cần gì tiếp theo")
            .Send("thui e ra menu").AssertReplyContains("Đã kết thúc trao đổi với cán bộ", "Bạn cần hỗ trợ việc gì");

    [Fact]
    public async Task ARefusalToGoOnStopsTheFlowThoughAStepWouldTakeItsWords() =>
        await _harness.Resident("refuses").Send("dat lich lam tam tru").AssertReplyContains("ngày nào")
            .Send("thu 6").AssertReplyContains("04/12")
            .Send("10h").AssertReplyContains("số điện thoại")
            // "khỏi" would skip the phone number; "không đặt nữa" refuses the booking.
            .Send("thoi khoi, khong dat nua").AssertReply(reply =>
            {
                Assert.Contains("Đã hủy", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("kiểm tra lại", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task MovingAnAppointmentWithNoneSaysSoAndBooksAnew() =>
        await _harness.Resident("none-to-move").Send("ad ơi đổi lịch hẹn của e sang chiều nay đc k").AssertReplyContains("chưa có lịch hẹn")
            .AssertReply(reply => Assert.Contains("13:30", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task TheProcedureOfTheAppointmentsShownIsTheOneAskedAboutNext() =>
        await _harness.Resident("booked-topic").Send("đặt lịch đổi thẻ căn cước thứ 5 lúc 8h30").AssertReplyContains("số điện thoại")
            .Send("bỏ qua").AssertReplyContains("Xác nhận đặt lịch")
            .Send("đúng rồi").AssertReplyContains("Mã lịch hẹn")
            .Wait(TimeSpan.FromHours(3))
            .Send("cho tôi xem lại lịch hẹn").AssertReplyContains("Cấp đổi thẻ căn cước")
            .Send("hôm đó tôi cần mang theo những gì?").AssertReplyContains("CC01");

    [Fact]
    public async Task ASecondBookingAskedWithItsDayAndTimeBooksWhateverTheGuess() =>
        await _harness.Resident("second-booking").Send("đặt lịch lm cccd lần đầu t5 8h sđt 0377111222").AssertReplyContains("03/12")
            .Send("ok").AssertReplyContains("Mã lịch hẹn")
            .Send("đặt thêm gia hạn tạm trú t6 lúc 9h nữa ad, sđt 0377111222").AssertReplyContains("04/12", "kiểm tra lại");

    [Fact]
    public async Task ACancelInWordsNamingTheDayOfTheAppointmentAsksToCancelIt() =>
        await BookedForFridayAtTen("cancel-day")
            .Send("à thôi t6 e bận r, hủy giúp e").AssertReplyContains("chắc chắn hủy")
            .Send("ừ hủy").AssertReplyContains("Đã hủy lịch hẹn");

    [Fact]
    public async Task AskingWhetherBeingLateCancelsTheAppointmentCancelsNothing() =>
        await BookedForFridayAtTen("late")
            .Send("Nếu chẳng may tắc đường, tôi đến muộn vài phút thì lịch hẹn có bị hủy không?").AssertReply(reply =>
            {
                Assert.Contains("báo cán bộ tại quầy", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("chắc chắn hủy", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task TheNumberAskedAloneJustAfterAnOfficesCardIsThatOffices() =>
        await _harness.Resident("office-phone").Send("phòng xuất nhập cảnh ở đâu").AssertReplyContains("Số 2 đường Mẫu")
            .Send("sdt luôn ạ").AssertReplyContains("0123 456 702");

    [Fact]
    public async Task AnEmergencyNumberThatDoesNotAnswerIsNoReportToOffer() =>
        await _harness.Resident("busy-114").Send("goi 114 ma may ban lien tuc").AssertReply(reply =>
        {
            Assert.Contains("112", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bạn có muốn báo tin", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task AskingWhetherTheUnitHandlesTheProcedureDiscussedSaysWhereItIsFiled() =>
        await _harness.Resident("unit-handles").Send("thẩm định thiết kế phòng cháy chữa cháy lệ phí bao nhiêu").AssertReplyContains("THẨM ĐỊNH")
            .Send("Công an phường có giải quyết thủ tục này không ạ?").AssertReply(reply =>
            {
                Assert.Contains("Cảnh sát PCCC", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("tiếp công dân tại", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AStoryNamingAKindIsOfferedAsAReportWhateverTheGuess() =>
        await _harness.Resident("story-kind").Send("quan ca phe dau hem 8 chieu nao cung tu tap ca do bong da, ghi so de cong khai luon")
            .AssertReplyContains("Bạn có muốn báo tin")
            .Send("co").AssertReplyContains("Cảm ơn bạn đã báo tin");

    [Fact]
    public async Task HoldingAReportBackSaysItWasNotSent() =>
        await _harness.Resident("hold-back").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("cờ bạc").AssertReplyContains("kể lại")
            .Send("thoi de toi hoi y kien gia dinh da, chua gui dau").AssertReplyContains("chưa được gửi");

    [Fact]
    public async Task CancellingABookingHalfwaySaysNothingWasBooked() =>
        await _harness.Resident("booking-cancel").Send("đặt lịch tạm trú").AssertReplyContains("ngày nào")
            .Send("thôi hủy đi").AssertReplyContains("chưa đặt lịch");

    [Fact]
    public async Task ALostReceiptWhereTheDossierCodeIsAskedEndsTheLookupWithWhatToDo() =>
        await _harness.Resident("lost-receipt").Send("tra cứu hồ sơ").AssertReplyContains("mã hồ sơ")
            .Send("e làm mất giấy đó r 😭").AssertReplyContains("giấy tờ tùy thân")
            .Send("h lên phường lấy kq đc k ad").AssertReply(reply => Assert.DoesNotContain("chưa thấy mã hồ sơ", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task AQuestionAboutTheServiceAfterAGreetingIsAnswered() =>
        await _harness.Resident("greet-then-ask").Send("Kính chào. Xin cho tôi biết trang Zalo này hỗ trợ người dân những công việc gì?")
            .AssertReply(reply =>
            {
                Assert.Contains("trợ lý tự động", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task WhetherTheWardTakesADossierIsAnsweredWithThePlaceAndWhatTheEntrySaysOfIt() =>
        await _harness.Resident("ward-takes").Send("xin giấy xác nhận cư trú cần gì").AssertReplyContains("XÁC NHẬN")
            .Send("Hiện tôi đang công tác ở tỉnh khác, xin hỏi có thể nộp tại công an nơi tôi đang ở được không?")
            .AssertReplyContains("bất kỳ cơ quan đăng ký cư trú");

    [Fact]
    public async Task TakingLeaveHalfwayIsAnsweredWithAFarewellAndTheFlowWaits() =>
        await _harness.Resident("farewell").Send("đặt lịch tạm trú").AssertReplyContains("ngày nào")
            .Send("Chào tạm biệt.").AssertReplyContains("tốt lành").AssertReplyContains("ngày nào");

    [Fact]
    public async Task AQuestionMidFlowIsAnsweredAndTheStepAskedAgain() =>
        await _harness.Resident().Send("đặt lịch cấp đổi căn cước").AssertReplyContains("ngày nào")
            .Send("à khoan, đổi thẻ thì cần mang gì?").AssertReplyContains("CC01").AssertReplyContains("ngày nào")
            .Send("thứ 5").AssertReplyContains("03/12", "giờ");

    [Fact]
    public async Task ACancelInsideASentenceCancels() =>
        await _harness.Resident().Send("đặt lịch cấp đổi căn cước").AssertReplyContains("ngày nào")
            .Send("thôi để hôm khác, hủy đi").AssertReplyContains("Đã hủy thao tác");

    [Fact]
    public async Task ACrimeToldAsAStoryIsOfferedAsAReportKeepingTheMessage() =>
        await _harness.Resident().Send("em bị lừa qua mạng mất 50 triệu giờ làm sao ạ")
            .AssertReplyContains("không yêu cầu chuyển tiền").AssertReplyContains("lừa đảo", "có")
            .Send("có").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("phần đầu của tin báo")
            .Send("Tôi kể xong rồi.").AssertReplyContains("khi nào");

    [Theory]
    // A vehicle named by its make is still a theft: the report skips its kind.
    [InlineData("Tối qua nhà em bị mất con SH để ngoài sân, sáng ra không thấy đâu nữa")]
    [InlineData("Nhà hàng xóm số 12 bị mất chiếc Wave màu đỏ, dắt ra khỏi sân lúc mọi người ngủ")]
    public async Task AStolenVehicleNamedByItsMakeIsReportedAsATheft(string story) =>
        await _harness.Resident("make-" + story.Length).Send(story).AssertReplyContains("Bạn có muốn báo tin")
            .Send("Vâng, em muốn báo ạ").AssertReplyContains("Cảm ơn bạn").AssertReply(reply =>
            {
                Assert.Contains("phần đầu của tin báo", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("thuộc loại nào", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AskingHowFarADossierFiledLastWeekHasGotAsksForItsCodeThoughTheProcedureIsNamed() =>
        await _harness.Resident("filed").Send("Chào quý cơ quan, tôi đã nộp hồ sơ đăng ký thường trú cho mẹ tôi từ tuần trước, xin hỏi hiện nay hồ sơ đã được giải quyết đến đâu?")
            .AssertReplyContains("nhập mã hồ sơ");

    [Fact]
    public async Task KinhChaoOpeningAConversationGreetsAndClosingOneTakesLeave() =>
        await _harness.Resident("kinh-chao").Send("Kính chào quý cơ quan.").AssertReplyContains("Xin chào")
            .Send("lệ phí làm hộ chiếu").TakeReplies(_ => { })
            .Send("Kính chào quý cơ quan.").AssertReply(reply => Assert.DoesNotContain("Xin chào", reply.Text, StringComparison.Ordinal));

    [Theory]
    [InlineData("Xin kính chào.")]
    [InlineData("Chào nghe")]
    public async Task AGreetingWordClosingAConversationTakesLeave(string farewell) =>
        await _harness.Resident("closing-" + farewell.Length).Send("Xin kính chào.").AssertReplyContains("Xin chào")
            .Send("lệ phí làm hộ chiếu").TakeReplies(_ => { })
            .Send(farewell).AssertReplyContains("tốt lành");

    [Fact]
    public async Task AskingWhetherAReportersDetailsAreKeptIsAnsweredNotTakenForAReport() =>
        await _harness.Resident("kept").Send("Tôi muốn hỏi thêm, nếu tôi gửi tin báo về một vụ việc qua trang này thì thông tin cá nhân của tôi có được giữ kín không?")
            .AssertReply(reply =>
            {
                Assert.Contains("bí mật", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("loại nào", reply.Text, StringComparison.Ordinal);
            });

    [Theory]
    [InlineData("Tôi đã trình bày đầy đủ sự việc.")]
    [InlineData("Hết rồi đó")]
    public async Task SayingTheStoryIsToldInOnesOwnWordsEndsIt(string done) =>
        await _harness.Resident("told-" + done.Length).Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("ma túy").AssertReplyContains("kể lại")
            .Send("Tối nào cũng có người bán ma túy ở quán nước đầu ngõ 3").AssertReplyContains("Đã ghi")
            .Send(done).AssertReplyContains("khi nào");

    [Fact]
    public async Task MoreOfTheStoryNamingAKindAtTheOfferIsKeptInTheReport() =>
        await _harness.Resident("offer-more").Send("Dạ cho em hỏi, muốn báo tụi thanh niên đua xe thì nhắn ở đây được hông?").AssertReplyContains("Bạn có muốn báo tin")
            .Send("Tối thứ Bảy nào cũng vậy, tụi nó chừng hai chục đứa, rú ga nẹt pô chạy từ cầu Mẫu tới vòng xoay chợ, có đứa còn cầm mã tấu")
            .AssertReplyContains("Cảm ơn bạn").AssertReplyContains("phần đầu của tin báo")
            .Send("xong").AssertReplyContains("khi nào").Send("bỏ qua").AssertReplyContains("ở đâu").Send("bỏ qua").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("thế nào").Send("ẩn danh")
            .AssertReplyContains("Dạ cho em hỏi, muốn báo tụi thanh niên đua xe", "có đứa còn cầm mã tấu");

    [Fact]
    public async Task ChangingToAnonymousWhereTheNameIsAskedSkipsTheNameAndPhone() =>
        await _harness.Resident("name-anon").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("ma túy").AssertReplyContains("kể lại")
            .Send("Tối nào cũng có người bán ma túy ở quán nước đầu ngõ 3").AssertReplyContains("Đã ghi")
            .Send("xong").AssertReplyContains("khi nào").Send("bỏ qua").AssertReplyContains("ở đâu").Send("bỏ qua").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("thế nào").Send("Để tên đi").AssertReplyContains("họ tên")
            .Send("Ờ mà thôi, em gửi ẩn danh cho chắc ăn").AssertReplyContains("kiểm tra lại", "Người báo: ẩn danh");

    [Fact]
    public async Task AnAspectsWordInAnotherProceduresNameKeepsTheTopic() =>
        await _harness.Resident("passport-conditions").Send("xin hỏi thủ tục làm hộ chiếu cần những giấy tờ gì ạ?").AssertReplyContains("CẤP HỘ CHIẾU PHỔ THÔNG")
            .AssertReplyContains("Lệ phí")
            // "điều kiện" is a word of the security certificate's name ("đủ điều kiện về an ninh, trật tự"), and of any question.
            .Send("Nếu nộp trực tuyến thì tôi cần điều kiện gì?").AssertReplyContains("CẤP HỘ CHIẾU PHỔ THÔNG", "VNeID")
            .Send("Tôi có thể nộp hồ sơ ngay tại Công an phường mình được không?").AssertReplyContains("CẤP HỘ CHIẾU PHỔ THÔNG", "xuất nhập cảnh");

    [Fact]
    public async Task ReportingAgainAfterPuttingItOffBeginsTheReport() =>
        await _harness.Resident("report-again").Send("Tôi muốn tố giác một vụ việc").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("Thôi để sau đi, giờ tôi đang bận đi đón con").AssertReplyContains("chưa được gửi")
            .Wait(TimeSpan.FromMinutes(40))
            .Send("Tôi về rồi. Giờ báo lại được không?").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("Trộm cắp").AssertReplyContains("kể lại");

    [Theory]
    [InlineData("v thoi e bao lai tu dau lun")]
    [InlineData("giờ báo lại nha")]
    public async Task ReportingAgainInEverydayWordsBeginsTheReport(string again) =>
        await _harness.Resident("again-" + again.Length).Send(again).AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào");

    [Theory]
    // Getting back to the unit, and something to be told back: no report.
    [InlineData("em báo lại nhé")]
    [InlineData("báo lại kết quả cho tôi")]
    public async Task BaoLaiWithoutReportingAgainBeginsNoReport(string text) =>
        await _harness.Resident("not-again-" + text.Length).Send(text)
            .AssertReply(reply => Assert.DoesNotContain("Cảm ơn bạn đã báo tin", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task DecliningTheOfferKeepsNothing() =>
        await _harness.Resident().Send("nhà em bị trộm mất xe máy đêm qua").AssertReplyContains("có")
            .Send("không").AssertReplyContains("không được lưu");

    [Fact]
    public async Task ATipOffIsNeverDiscardedBecauseTheConfirmationWasNotUnderstood()
    {
        var flow = _harness.Resident().Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("ma túy").AssertReplyContains("kể lại")
            .Send("Tối nào cũng có người bán ma túy ở quán nước đầu ngõ 3. Tôi kể xong rồi.").AssertReplyContains("khi nào")
            .Send("tối qua").AssertReplyContains("ở đâu")
            .Send("ngõ 3 đường Thử").AssertReplyContains("bằng chứng")
            .Send("k có ảnh ad").AssertReplyContains("gửi tin báo thế nào")
            .Send("ẩn danh nhé").AssertReplyContains("Bạn kiểm tra lại").AssertReplyContains("Gửi tin báo này");
        for (var i = 0; i < 5; i++)
        {
            flow = flow.Send("uhm để xem đã").AssertReplyContains("chưa gửi đi");
        }
        await flow.Send("ok gửi đi").AssertReplyContains("đã nhận tin báo");
    }

    [Fact]
    public async Task ADossierCodeTypedAloneIsLookedUp() =>
        await _harness.Resident().Send("G01.123-261125-0007").AssertReplyContains("chưa tìm thấy hồ sơ", "G01.123-261125-0007");

    [Fact]
    public async Task AskingAboutOnesDossierWithoutACodeAsksForIt() =>
        await _harness.Resident().Send("hồ sơ của em đến đâu rồi ạ").AssertReplyContains("mã");

    [Fact]
    public async Task AFollowUpNoAspectNamesGetsTheSentenceOfTheEntryThatAnswersIt() =>
        await _harness.Resident().Send("làm căn cước lần đầu cho con cần gì").AssertReplyContains("CC01")
            .Send("bé có phải lấy vân tay không ạ").AssertReplyContains("vân tay");

    [Fact]
    public async Task AQuestionAndABookingInOneMessageAnswersThenBooksThatService() =>
        await _harness.Resident().Send("cho hỏi đăng ký tạm trú cần giấy tờ gì rồi đặt lịch luôn")
            .AssertReplyContains("CT01").AssertReplyContains("ngày nào", "Đăng ký tạm trú");

    [Fact]
    public async Task ANameAndAPhoneInOneMessageAreBothTaken() =>
        await _harness.Resident().Send("báo tin đánh bạc ở ngõ 5").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("phần đầu của tin báo")
            .Send("tối nào cũng có sới bạc ở nhà số 12. Tôi kể xong rồi.").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            .Send("nhà số 12 ngõ 5").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send("để lại tên").AssertReplyContains("họ tên")
            .Send("Trần Thị Mai, sđt 0934 567 890").AssertReplyContains("Trần Thị Mai, 0934 567 890");

    private ConversationFlow AtTheEvidenceStep(string user) =>
        _harness.Resident(user).Send("báo tin đánh bạc ở ngõ 5").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("phần đầu của tin báo")
            .Send("tối nào cũng có sới bạc ở nhà số 12. Tôi kể xong rồi.").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            .Send("nhà số 12 ngõ 5").AssertReplyContains("bằng chứng");

    [Fact]
    public async Task NoEvidenceSaidInALongSentenceEndsTheEvidenceStep() =>
        await AtTheEvidenceStep("long-none")
            .Send("camera nhà hàng xóm có quay được nhưng em chưa lấy, giờ k có ảnh").AssertReplyContains("gửi tin báo thế nào");

    [Fact]
    public async Task TheAnonymityAnsweredAheadAtTheEvidenceStepIsTaken() =>
        await AtTheEvidenceStep("ahead")
            .Send("để tên em để công an liên lạc").AssertReplyContains("họ tên")
            .Send("Nguyễn Thị Kim Thoa").AssertReplyContains("Số điện thoại");

    [Fact]
    public async Task NotAnonymousInOwnWordsIsNamedThoughItSaysAnonymous() =>
        await AtTheEvidenceStep("not-anonymous")
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send("ko ẩn danh, để tên").AssertReplyContains("họ tên");

    [Fact]
    public async Task AQuestionAboutAnonymityIsAnsweredNotTakenForTheChoice() =>
        await AtTheEvidenceStep("asks")
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send("báo ẩn danh thì có ai biết tôi không").AssertReply(reply => Assert.DoesNotContain("kiểm tra lại", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task AStoryToldWhereTheKindIsAskedIsKeptAsItsFirstPart() =>
        await _harness.Resident("story-at-kind").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("Xe SH màu trắng của em để trong sân, sáng ra thì không thấy đâu nữa").AssertReplyContains("kể thêm")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("đêm qua").AssertReplyContains("ở đâu")
            .Send("số 27 ngõ 14").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send("ẩn danh").AssertReplyContains("Xe SH màu trắng");

    [Fact]
    public async Task InAStoryAQuestionAboutSecrecyIsAnsweredAndWhatHappenedIsKept() =>
        await _harness.Resident("story-asks").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("ma túy").AssertReplyContains("kể lại")
            .Send("nhà bên cạnh bán ma túy").AssertReplyContains("Đã ghi")
            // No question mark, no "cho hỏi": asked after the address all the same.
            .Send("ma e hoi ti, bao r ng ta co bit e bao hk ad").AssertReplyContains("giữ bí mật").AssertReplyContains("kể")
            // Words the story itself may hold ("it asked me whether") stay in the story.
            .Send("nó hỏi tôi có tiền không").AssertReplyContains("Đã ghi")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            .Send("bỏ qua").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send("ẩn danh").AssertReplyContains("nhà bên cạnh bán ma túy", "nó hỏi tôi có tiền không").AssertReplyContains("Gửi tin báo")
            .Send("ôk gửi đii").AssertReplyContains("Mã theo dõi");

    [Theory]
    // Typed shorthand ("bt", "bn", "v") weighs as words no procedure has, until it is spelled out.
    [InlineData("lam kt3 bt bn ngay la xong v", "3 ngày làm việc")]
    [InlineData("Thường trú thì bao lâu mới có kết quả?", "7 ngày làm việc")]
    public async Task AProcedureAskedInShorthandOrBareIsAnswered(string question, string answer) =>
        await _harness.Resident("shorthand").Send(question).AssertReplyContains(answer);

    [Fact]
    public async Task AFollowUpIsAnsweredByTheSentenceOfWhatItAsksNotOfTheWordsNamingTheProcedure() =>
        await _harness.Resident("lock-card").Send("mất căn cước thì làm lại thế nào").AssertReplyContains("CẤP LẠI THẺ CĂN CƯỚC")
            // "căn cước công dân" names the procedure, which the sentence on who may apply also says; "khóa thẻ" is asked.
            .Send("em sợ người ta nhặt được cccd của em, có cần khoá thẻ ko").AssertReplyContains("khóa thẻ")
            .Send("gia hạn tạm trú cần gì").AssertReplyContains("GIA HẠN TẠM TRÚ")
            .Send("Gia hạn thì phải nộp trước bao lâu?").AssertReplyContains("15 ngày");

    [Fact]
    public async Task InAStoryAQuestionInAClauseOfItsOwnIsAnsweredAndTheStoryGoesOn() =>
        await _harness.Resident("story-clause").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("cho vay nặng lãi, đòi nợ thuê").AssertReplyContains("Kể xong")
            .Send("bà Hoa bán rau vay 20tr lãi ngày, tối qua bị mấy thằng xăm trổ ném mắm tôm vào cửa nhà").AssertReplyContains("Đã ghi")
            // The question in its first clause, the reason after it: the reason alone does not drown it.
            .Send("mà báo xong có ai bít tôi báo ko, nhà tôi sát vách nhà bả").AssertReplyContains("giữ bí mật").AssertReplyContains("kể")
            .Send("xong").AssertReplyContains("khi nào");

    [Theory]
    [InlineData("Trân trọng cảm ơn, tôi sẽ thu xếp đến trong sáng nay.", "cảm ơn")]
    [InlineData("Gia đình tôi xin trân trọng cảm ơn quý cơ quan.", "cảm ơn")]
    [InlineData("Trân trọng kính chào quý cơ quan.", "tốt lành")]
    public async Task CourtesyThatAsksNothingIsAnsweredInKindNotAsAQuestionOutOfScope(string message, string reply) =>
        await _harness.Resident("courtesy").Send(message).AssertReply(answer =>
        {
            Assert.Contains(reply, answer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("chưa tìm thấy", answer.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task AReportAskedForWithItsStoryKeepsTheStoryAndAYesAsksForMore() =>
        await _harness.Resident("asked-with-story").Send("Mình muốn báo tin vụ cháy sáng nay ở tổ 4, nghi là có người cố ý đốt")
            .AssertReplyContains("114").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("phần đầu của tin báo")
            .Send("Có").AssertReplyContains("kể thêm")
            .Send("Hôm qua nhà đó cãi nhau to với một người lạ").AssertReplyContains("Đã ghi")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            .Send("bỏ qua").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send("ẩn danh").AssertReplyContains("vụ cháy sáng nay ở tổ 4", "cãi nhau to");

    [Fact]
    public async Task ACancelNamingTheReportInALongSentenceStopsTheStory() =>
        await _harness.Resident("cancels").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("bạo lực gia đình").AssertReplyContains("kể lại")
            .Send("Tôi suy nghĩ lại, gia đình họ đã hòa giải, xin hủy tin báo này.").AssertReplyContains("Đã hủy");

    [Fact]
    public async Task AStoryEndsInTheResidentsOwnWords() =>
        await _harness.Resident("own-end").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("đua xe").AssertReplyContains("kể lại")
            .Send("Khoảng 15 xe máy rú ga liên tục trên đường ven sông. Tôi đã trình bày xong.").AssertReplyContains("khi nào");

    [Fact]
    public async Task ANewRequestWhereACodeIsAskedIsAnsweredAsMeant() =>
        await _harness.Resident("yields").Send("theo dõi").AssertReplyContains("mã theo dõi")
            .Send("cảm ơn ạ").AssertReplyContains("cảm ơn")
            .Send("K7M2-QX9P-4HRT").AssertReplyContains("không tìm thấy tin báo");

    [Fact]
    public async Task ALostReceiptCodeIsExplainedWhereTheCodeIsAsked() =>
        await _harness.Resident("lost-code").Send("theo dõi").AssertReplyContains("mã theo dõi")
            .Send("em mất mã rồi").AssertReplyContains("không thể cấp lại").AssertReplyContains("mã theo dõi");

    [Theory]
    [InlineData("e k nhớ mã, mất r ad ơi")]
    [InlineData("lỡ xóa tin nhắn rồi, giờ sao")]
    public async Task ALostReceiptCodeInOwnWordsEndsTheLookupWithTheExplanation(string lost) =>
        await _harness.Resident("lost-" + lost.Length).Send("theo dõi tin báo").AssertReplyContains("mã theo dõi")
            .Send(lost).AssertReplyContains("không thể cấp lại")
            // The lookup is over: a story next is no code to look up.
            .Send("v e gửi tin báo mới đc k").AssertReply(reply => Assert.DoesNotContain("chưa thấy mã", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task AskingForAFollowUpWithTheCodeLostExplainsAtOnce() =>
        await _harness.Resident("lost-at-once").Send("hum trc e co bao vu trom xe ma lo xoa tin nhan mat ma theo doi r, xin lai dc k ad")
            .AssertReply(reply =>
            {
                Assert.Contains("không thể cấp lại", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("vui lòng nhập mã", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AFormalClosingOfTheStoryEndsIt() =>
        await _harness.Resident("formal-end").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("cờ bạc").AssertReplyContains("kể lại")
            .Send("Khoảng mười người tụ tập trong nhà kho cũ để đánh bài ăn tiền.").AssertReplyContains("Đã ghi")
            .Send("Tôi xin dừng phần trình bày tại đây.").AssertReplyContains("khi nào");

    [Fact]
    public async Task AskingWhetherTheNeighbourWouldKnowIsAnsweredNotTakenForAReport() =>
        await _harness.Resident("would-know")
            .Send("cho em hoi neu em bao cong an ve nha hang xom danh bac thi ho co biet la em bao khong")
            .AssertReply(reply =>
            {
                Assert.Contains("giữ bí mật", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Cảm ơn bạn đã báo tin", reply.Text, StringComparison.Ordinal);
            });

    [Theory]
    [InlineData("có người đánh bạc trong nhà kho")]
    [InlineData("nhà bên cạnh có người đánh bạc")]
    public async Task AStoryTheClassifierTakesForADangerWithoutItsWordsIsOfferedAsAReport(string story) =>
        await _harness.Resident("unsure-" + story.Length).Send(story).AssertReply(reply =>
        {
            Assert.Contains("Bạn có muốn báo tin", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("113", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task NewsOfADangerJustGivenItsNumberIsNoReportToOffer() =>
        await _harness.Resident("danger-news").Send("Cứu với, nhà bên cạnh đang cháy, khói đen nghịt cả ngõ").AssertReplyContains("113").AssertReplyContains("114")
            .Send("Gọi được rồi, xe cứu hỏa đang tới").AssertReply(reply => Assert.DoesNotContain("Bạn có muốn báo tin", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task NewsThatThePoliceCameIsTakenInKindNotOfferedAsAReport() =>
        await _harness.Resident("police-came").Send("tks ad, cong an toi r, ban e dc dua di vien r").AssertReply(reply =>
        {
            Assert.Contains("cảm ơn", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bạn có muốn báo tin", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task AReceiptCodeAtTheOfferLooksUpTheReportSentAndStartsNoNewOne() =>
        await _harness.Resident("offer-code").Send("nhà bên cạnh tối nào cũng có người đánh bạc ồn ào").AssertReplyContains("Bạn có muốn báo tin")
            .Send("ma tuan trc e co bao vu bi giat dt, ma la 8RTW-K2XM-5QPD, h sao r ad").AssertReply(reply =>
            {
                Assert.Contains("không tìm thấy tin báo", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Cảm ơn bạn đã báo tin", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task StoppingAtTheOfferInWordsOfReportingDeclinesIt() =>
        await _harness.Resident("offer-stop").Send("đêm qua nhà tôi có đứa cạy cửa sau, giờ còn dấu vết, báo ở đây đc k")
            .AssertReplyContains("113").AssertReplyContains("Bạn có muốn báo tin")
            .Send("thôi để chiều tôi lên phường trình báo trực tiếp, huỷ nhé").AssertReplyContains("chưa được gửi");

    [Fact]
    public async Task AQuestionAfterTheOfficeWhereTheKindIsAskedIsAnsweredNotTakenForTheStory() =>
        await _harness.Resident("kind-office").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("chiều nay phường làm đến mấyh").AssertReplyContains("17:00").AssertReplyContains("loại nào");

    [Fact]
    public async Task AShortQuestionAfterTheOfficeInTheStoryIsAnsweredAndTheStoryGoesOn() =>
        await _harness.Resident("story-office").Send("tố giác").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("loại nào")
            .Send("trộm cắp").AssertReplyContains("kể lại")
            .Send("goi cho phuong thi goi so nao").AssertReplyContains("0123 456 701").AssertReply(reply => Assert.DoesNotContain("Đã ghi", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task AQuestionAfterTheOfferIsNotMoreOfTheStory() =>
        await _harness.Resident("offer-question").Send("nhà bên cạnh tối nào cũng có người đánh bạc ồn ào").AssertReplyContains("Bạn có muốn báo tin")
            .Send("thế còn nếu họ ở lâu hơn 1 tháng thì sao").AssertReply(reply =>
            {
                Assert.DoesNotContain("Cảm ơn bạn đã báo tin", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Đã ghi", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task ABookingAskedWithItsPartOfDayAndItsWeekdayTakesBothWithoutTheSheet() =>
        await _harness.Resident("chieu-t6").Send("e thue tro o day, mun dat lich dk tam tru chieu t6 dc k").AssertReply(reply =>
        {
            Assert.Contains("04/12 lúc 13:30", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task APartOfTheDayWithAMarkSlippedPicksItsFirstTime() =>
        await _harness.Resident("chieu-slip").Send("đặt lịch gia hạn tạm trú").AssertReplyContains("ngày nào")
            .Send("thứ 4 tuần sau").AssertReplyContains("mấy giờ")
            .Send("buổi chièu").AssertReplyContains("09/12 lúc 13:30", "số điện thoại");

    [Theory]
    [InlineData("chu tro khong chiu ky giay thi sao")]
    [InlineData("Chủ trọ không chịu đi cùng thì răng ạ?")]
    public async Task AFollowUpInTheResidentsWordsFindsTheEntrysSentenceInTheCataloguesWords(string question) =>
        await _harness.Resident("landlord-" + question.Length).Send("đăng ký tạm trú lệ phí bao nhiêu").AssertReplyContains("ĐĂNG KÝ TẠM TRÚ", "Lệ phí")
            .Send(question).AssertReplyContains("đồng ý của chủ nhà");

    [Theory]
    // "người bán" is the entry's "chủ cũ"; a duty left undone is its "trách nhiệm"; a lost passport found again, "hủy giá trị"
    // (the search is as sure of the new passport, which shares the words "hộ chiếu", as of the topic).
    [InlineData("mua xe cũ sang tên lệ phí bao nhiêu", "người bán phải làm gì trươc không", "Chủ cũ làm thủ tục thu hồi trước")]
    [InlineData("Mình vừa bán xe máy cho người khác thì có cần làm gì với biển số không?", "ko làm thì có sao ko", "trách nhiệm")]
    [InlineData("Tôi bị mất hộ chiếu phổ thông, trình báo ở đâu?", "nếu tìm lại đc hộ chiếu cũ thì dùng tiếp đc ko", "bị hủy giá trị")]
    public async Task AFollowUpFindsTheEntrysSentenceThroughTheSynonymsOfItsWords(string first, string question, string sentence) =>
        await _harness.Resident("synonym-" + question.Length).Send(first).AssertReplyContains("Lệ phí")
            .Send(question).AssertReply(reply =>
            {
                Assert.Contains(sentence, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task TwoWordsOfAnotherProceduresNameChangeTheTopicAndWhatComesFirstIsItsOwn() =>
        await _harness.Resident("used-bike").Send("đăng ký xe máy mới mua lệ phí bao nhiêu").AssertReplyContains("ĐĂNG KÝ XE LẦN ĐẦU", "Lệ phí")
            // "xe cũ" is in the name of the transfer, not of the first registration, whose entry also speaks of buying.
            .Send("còn chiếc xe cũ mua lại của ông hàng xóm thì làm thế nào").AssertReplyContains("ĐĂNG KÝ SANG TÊN XE", "Giấy tờ cần chuẩn bị")
            .AssertReplyContains("Lệ phí", "Bạn cần gì tiếp theo")
            .Send("ông ấy có phải làm gì trước không").AssertReply(reply =>
            {
                Assert.Contains("Chủ cũ làm thủ tục thu hồi trước", reply.Text, StringComparison.Ordinal);
                // Not the "trước bạ" of the registration tax, nor who may file it.
                Assert.DoesNotContain("trước bạ", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Đối tượng", reply.Text, StringComparison.Ordinal);
            });

    [Theory]
    // An age and a sum are no codes to look up; "82 tuổi", "thu nhận hồ sơ" no part of a procedure to answer instead.
    [InlineData("Lỡ chuyển 2 triệu rồi, có lấy lại được không anh?", "ngân hàng")]
    [InlineData("Mẹ tôi 82 tuổi rồi, chân yếu không đi lại được, có cán bộ xuống tận nhà làm không?", "tại nhà")]
    [InlineData("Xin cảm ơn. Tôi xin hỏi thêm: mẹ tôi năm nay 78 tuổi, đi lại khó khăn, muốn đổi thẻ căn cước thì cán bộ có thể đến tận nhà thu nhận hồ sơ được không ạ?", "tại nhà")]
    // Saying it asks weighs its phrasing over the story, but not over a question sure to be about the office.
    [InlineData("Mẹ tôi đi lại rất khó khăn, xin hỏi cán bộ có thể đến tận nhà để thu nhận hồ sơ được không ạ?", "tại nhà")]
    [InlineData("cán bộ ơi cho hỏii trụ sở làm việc đến mấy giờ", "Giờ làm việc")]
    public async Task AQuestionAboutTheServiceInAStoryOfItsOwnIsAnswered(string question, string answer) =>
        await _harness.Resident("service-" + question.Length).Send(question).AssertReplyContains(answer);

    [Theory]
    // "báo mất" is in the name of the lost passport's report, not of the passport's issue; "súng" is the catalogue's "vũ khí".
    [InlineData("làm hộ chiếu lệ phí bao nhiêu", "À mà hộ chiếu cũ của ba tui bị mất rồi, báo mất thì làm sao?", "TRÌNH BÁO MẤT HỘ CHIẾU")]
    [InlineData("nghiệm thu phòng cháy chữa cháy lệ phí bao nhiêu", "À nhà ông cụ còn khẩu súng kíp cũ, giờ muốn mang nộp cho công an thì làm thế nào?", "GIAO NỘP VŨ KHÍ")]
    public async Task ANewQuestionNamingWhatTheTopicsNameLacksChangesTheTopic(string first, string question, string title) =>
        await _harness.Resident("new-topic-" + first.Length).Send(first).AssertReplyContains("Lệ phí")
            .Send(question).AssertReplyContains(title);

    [Fact]
    public async Task AFeeAskedAfterTheLostPassportIsItsFeeAlone() =>
        await _harness.Resident("lost-passport-fee").Send("Tôi bị mất hộ chiếu phổ thông, trình báo ở đâu?").TakeReplies(_ => { })
            .Send("Có mất phí hông?").AssertReply(reply =>
            {
                Assert.Contains("Miễn phí", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Đối tượng", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task WantingToDoAProcedureSinceADayGoneByAsksNoBooking() =>
        await _harness.Resident("since-20-11").Send("em muốn đăng ký tạm trú, em chuyển đến từ ngày 20/11, cần giấy tờ gì ạ?").AssertReply(reply =>
        {
            Assert.Contains("CT01", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("khung giờ", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task WantingToComeOnADayBooksThatDayButAskingWhetherTheOfficeWorksThenGetsItsHours()
    {
        await _harness.Resident("want-saturday").Send("e mún đk tạm trú sáng t7 đc k ạ").AssertReplyContains("Thứ Bảy 05/12 lúc 07:30");
        await _harness.Resident("works-saturday").Send("muốn làm căn cước thì thứ 7 có làm không")
            .AssertReplyContains("Thứ Bảy 05/12: Trụ sở Công an phường Mẫu làm việc 07:30–11:30.");
    }

    [Fact]
    public async Task ASentenceAfterASemicolonInTheEntryIsShownWithACapital() =>
        // The entry says "Không cần mẫu; báo trực tiếp, qua điện thoại, Cổng dịch vụ công hoặc VNeID."
        await _harness.Resident("in-person-stay").Send("báo lưu trú có phải đến trực tiếp không")
            .AssertReplyContains("\nBáo trực tiếp, qua điện thoại, Cổng dịch vụ công hoặc VNeID.");

    [Theory]
    [InlineData("Em trai em 19 tuổi đi làm ở Bình Dương 4 tháng thì có phải khai tạm vắng không?", "nghĩa vụ quân sự")]
    [InlineData("em o Thanh Hoa ra day lam cong ty, o tro duoc hon 1 thang roi, co bat buoc dang ky tam tru khong a", "30 ngày")]
    public async Task WhetherOneMustIsAnsweredWithWhoTheProcedureIsFor(string question, string who) =>
        await _harness.Resident("must-" + question.Length).Send(question).AssertReply(reply =>
        {
            Assert.Contains(who, reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("Nếu có kết quả rồi thì tui lên lấy lúc mấy giờ?")]
    [InlineData("nếu xong rồi thì em lên lấy vào giơf nào")]
    public async Task WhenToPickUpTheResultGetsTheOfficesHours(string question) =>
        await _harness.Resident("pick-up-" + question.Length).Send("làm căn cước lần đầu lệ phí bao nhiêu").AssertReplyContains("Lệ phí")
            .Send(question).AssertReplyContains("Giờ làm việc", "07:30–11:30");

    [Fact]
    public async Task ALateArrivalAfterTheGuestsStayGetsTheHoursOfItsEntryNotAReportOffer() =>
        await _harness.Resident("late-guest").Send("báo lưu trú có mất phí không").AssertReplyContains("THÔNG BÁO LƯU TRÚ", "Miễn phí")
            // Told like a story, which the classifier takes for one to report.
            .Send("ngừoi ta ra tới nhà lúc 11h đêm thì sao").AssertReply(reply =>
            {
                Assert.Contains("Người đến sau 23 giờ thì thông báo trước 8 giờ sáng hôm sau.", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("báo tin", reply.Text, StringComparison.Ordinal);
            })
            // A time for a booking is the booking's.
            .Send("đặt lịch 9h sáng mai").AssertReplyContains("Bạn muốn đặt lịch làm thủ tục nào")
            .Send("hủy").TakeReplies(_ => { })
            // A time in a question about the office is the office's.
            .Send("7h sáng mai phường mở cửa chưa?").AssertReply(reply =>
            {
                Assert.Contains("Thứ Tư 02/12: Trụ sở Công an phường Mẫu làm việc", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("23 giờ", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AQuestionWithShorthandIsSearchedSpelledOutWhenOnlyThatIsSure() =>
        // "hk" typed for "không" is also "hộ khẩu": as typed, the search hesitates between residence procedures.
        await _harness.Resident("hk-fee").Send("lm tam tru het nhiu tien hk ad").AssertReplyContains("ĐĂNG KÝ TẠM TRÚ", "Lệ phí");

    [Theory]
    // Today is Tuesday 01/12, 09:00.
    [InlineData("Thứ Sáu ni có làm cả ngày không?", "Thứ Sáu 04/12: Trụ sở Công an phường Mẫu làm việc 07:30–11:30, 13:30–17:00.")]
    [InlineData("chiều thứ bảy thì sao ạ", "Thứ Bảy 05/12: Trụ sở Công an phường Mẫu chỉ làm việc buổi sáng, 07:30–11:30; buổi chiều nghỉ.")]
    [InlineData("h e qua luôn đc k", "Bây giờ Trụ sở Công an phường Mẫu đang làm việc, đến 11:30.")]
    [InlineData("bây h có đang lm ko", "Bây giờ Trụ sở Công an phường Mẫu đang làm việc, đến 11:30.")]
    [InlineData("Xin hỏi sáng thứ Bảy trụ sở có tiếp nhận hồ sơ căn cước không ạ?", "Thứ Bảy 05/12: Trụ sở Công an phường Mẫu làm việc 07:30–11:30.")]
    // The hours of the week, though "trả kết quả" reads like a procedure's "tra cứu".
    [InlineData("Xin cho biết giờ tiếp nhận và trả kết quả của trụ sở trong tuần.", "Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00")]
    public async Task AQuestionAboutADayGetsTheOfficesHoursThatDay(string question, string line) =>
        await _harness.Resident("day-" + question.Length).Send(question).AssertReplyContains(line, "Số 1 đường Mẫu");

    [Fact]
    public async Task CancelAtTheListOfBookingsCancelsTheBookingAfterConfirming() =>
        await _harness.Resident("cancel-at-list").Send("đặt lịch khai báo tạm vắng thứ 5 lúc 9h").AssertReplyContains("điện thoại")
            .Send("bỏ qua").AssertReplyContains("Xác nhận đặt lịch")
            .Send("được").AssertReplyContains("Mã lịch hẹn")
            .Send("lịch hẹn của tôi").AssertReplyContains("Khai báo tạm vắng")
            .Send("hủy").AssertReplyContains("chắc chắn hủy")
            .Send("ừ hủy đi").AssertReplyContains("Đã hủy lịch hẹn");

    [Fact]
    public async Task ACancelTheClassifierIsUnsureOfStillCancelsAfterConfirming() =>
        await _harness.Resident("unsure-cancel").Send("đặt lịch cấp lại căn cước thứ 5 lúc 8h").AssertReplyContains("điện thoại")
            .Send("bỏ qua").AssertReplyContains("03/12 lúc 08:00")
            .Send("có").AssertReplyContains("Mã lịch hẹn")
            .Send("ơ ví có ngừoi nhặt trả lại rồi, thẻ vẫn còn, huỷ lịhc giúp mìh").AssertReplyContains("chắc chắn hủy")
            .Send("ừ huỷ đii").AssertReplyContains("Đã hủy lịch hẹn");

    [Fact]
    public async Task AnAfternoonHourWithoutAfternoonIsTheAfternoons() =>
        await _harness.Resident("three").Send("đặt lịch khai báo tạm vắng thứ 5").AssertReplyContains("mấy giờ")
            .Send("3h").AssertReplyContains("điện thoại")
            .Send("bỏ qua").AssertReplyContains("15:00");

    [Fact]
    public async Task ACancelNamingTheServiceOfOneOfTwoBookingsAsksAboutThatOne() =>
        await BookedAnIdentityCardAndTemporaryResidence("two-bookings")
            .Send("Tôi muốn hủy lịch đăng ký tạm trú, vì em tôi đã tự nộp trực tuyến.").AssertReplyContains("chắc chắn hủy")
            .Send("có").AssertReplyContains("Đã hủy lịch hẹn")
            .Send("lịch hẹn của tôi").AssertReplyContains("Cấp đổi thẻ căn cước");

    [Theory]
    // "đổi" of "đổi lịch" is moving a booking, not the "cấp đổi" of one of the services.
    [InlineData("cái căn cươc ấy", "Cấp đổi thẻ căn cước")]
    [InlineData("Cái đăng ký tạm trú ấy.", "Đăng ký tạm trú")]
    public async Task AMoveOfOneOfTwoBookingsListsBothAndTheServiceNamedPicksOne(string named, string service) =>
        await BookedAnIdentityCardAndTemporaryResidence("move-one-" + named.Length)
            .Send("muốn đỏi lịch").AssertReplyContains("1. B-001 Cấp đổi thẻ căn cước", "2. E-001 Đăng ký tạm trú")
            .Send(named).AssertReplyContains($"Bạn muốn đến ngày nào để làm thủ tục {service}?");

    [Fact]
    public async Task ATimeGivenJustAfterAskingAboutADayIsForThatDay() =>
        await _harness.Resident("sunday-eight").Send("tôi bị mất thẻ căn cước, muốn đặt lịch làm lại thẻ").AssertReplyContains("ngày nào")
            .Send("Chủ nhật này có tiếp nhận không ạ?").AssertReplyContains("Chủ nhật 06/12", "Nhà văn hoá thôn Đông").AssertReplyContains("ngày nào")
            .Send("Tôi đến khoảng 8 giờ sáng.").AssertReplyContains("Chủ nhật 06/12 lúc 08:00", "số điện thoại");

    [Fact]
    public async Task AskingWhetherTheOfficeWorksOnADayAtTheDayStepGetsItsHoursAndTakesTheDay() =>
        await _harness.Resident("saturday-works").Send("đặt lịch gia hạn tạm trú").AssertReplyContains("ngày nào")
            .Send("Thứ Bảy này có làm không?").AssertReplyContains("Thứ Bảy 05/12: Trụ sở Công an phường Mẫu làm việc 07:30–11:30.")
            .AssertReplyContains("mấy giờ ngày Thứ Bảy 05/12");

    /// <summary>A resident with two bookings: B-001 identity card exchange on Thursday at 8:00, E-001 temporary residence on
    /// Friday at 9:00.</summary>
    private ConversationFlow BookedAnIdentityCardAndTemporaryResidence(string resident) =>
        _harness.Resident(resident)
            .Send("đặt lịch cấp đổi căn cước thứ 5 lúc 8h").AssertReplyContains("điện thoại")
            .Send("bỏ qua").AssertReplyContains("Xác nhận").Send("có").AssertReplyContains("Đặt lịch thành công")
            .Send("đặt lịch đăng ký tạm trú thứ 6 lúc 9h").AssertReplyContains("điện thoại")
            .Send("bỏ qua").AssertReplyContains("Xác nhận").Send("có").AssertReplyContains("Đặt lịch thành công", "E-001");

    [Fact]
    public async Task AMoveTheClassifierIsUnsureOfMovesTheBooking() =>
        await BookedForFridayAtTen("unsure-move")
            .Send("Thứ Sáu này tôi phải đi công tác, đổi qua tuần sau được không?").AssertReplyContains("Thứ Sáu 11/12");

    [Fact]
    public async Task ACancelNamingOneOfTwoBookingsAtTheListOfAMoveCancelsThatOne() =>
        await BookedAnIdentityCardAndTemporaryResidence("move-then-cancel")
            .Send("muốn đỏi lịch").AssertReplyContains("2. E-001 Đăng ký tạm trú")
            .Send("hủy cái tạm trú").AssertReplyContains("chắc chắn hủy")
            .Send("có").AssertReplyContains("Đã hủy lịch hẹn")
            .Send("lịch hẹn của tôi").AssertReply(reply => Assert.DoesNotContain("Đăng ký tạm trú", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task ADayAskedAboutLongAgoIsNotTheDayOfATimeGivenNow() =>
        await _harness.Resident("sunday-forgotten").Send("tôi bị mất thẻ căn cước, muốn đặt lịch làm lại thẻ").AssertReplyContains("ngày nào")
            .Send("Chủ nhật này có tiếp nhận không ạ?").AssertReplyContains("Chủ nhật 06/12").AssertReplyContains("ngày nào")
            .Wait(TimeSpan.FromMinutes(16))
            .Send("Tôi đến khoảng 8 giờ sáng.").AssertReplyContains("Bạn cho biết thêm ngày đến");

    [Fact]
    public async Task AnotherPhoneAtTheSummaryReplacesTheOneGiven() =>
        await _harness.Resident("phone-fix").Send("đặt lịch gia hạn tạm trú thứ 2 tuần sau 10h30").AssertReplyContains("điện thoại")
            .Send("0358 907 214").AssertReplyContains("0358 907 214", "Xác nhận")
            .Send("Chờ chút, em gõ nhầm, số đúng là 0358 907 241").AssertReplyContains("0358 907 241", "07/12 lúc 10:30")
            .Send("đúng rồi").AssertReplyContains("Đặt lịch thành công");

    [Fact]
    public async Task MovingABookingWhenThereIsNoneBooksOne() =>
        await _harness.Resident("re-book").Send("đặt lại lịch khai báo tạm vắng sang thứ 2 tuần sau").AssertReplyContains("chưa có lịch hẹn")
            .AssertReplyContains("07/12");

    [Theory]
    [InlineData("không ẩn danh, tên tôi là Vũ Thị Hoa")]
    [InlineData("để tên em nha, Vũ Thị Hoa")]
    public async Task ANameGivenWithTheChoiceIsNotAskedAgain(string answer) =>
        await AtTheEvidenceStep("named-" + answer.Length)
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send(answer).AssertReplyContains("Số điện thoại")
            .Send("0934 567 890").AssertReplyContains("Vũ Thị Hoa, 0934 567 890");

    [Theory]
    [InlineData("Vậy cứ để tên tôi, Vũ Thị Hoa, số 0934 567 890")]
    [InlineData("Tôi xin để lại họ tên Vũ Thị Hoa, số điện thoại 0934 567 890.")]
    // A name and a phone given instead of the choice choose to be named.
    [InlineData("Tôi xin để lại thông tin: Vũ Thị Hoa, số điện thoại 0934 567 890.")]
    [InlineData("Vũ Thị Hoa, 0934 567 890")]
    public async Task ANameAndAPhoneGivenWithTheChoiceAreNotAskedAgain(string answer) =>
        await AtTheEvidenceStep("named-phone-" + answer.Length)
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send(answer).AssertReplyContains("Vũ Thị Hoa, 0934 567 890");

    [Fact]
    public async Task AnOfficeNamedInAQuestionGetsItsOwnCardWhateverWasDiscussedBefore() =>
        await _harness.Resident("named-office").Send("làm hộ chiếu cần gì").AssertReplyContains("TK01")
            .Send("Phòng xuất nhập cảnh ở đâu vậy anh?").AssertReply(reply =>
            {
                Assert.Contains("Số 2 đường Mẫu", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AnOfficeNamedLatelyIsTheOneMeantByTheirNumberAndTheProcedureDiscussedIsKept() =>
        await _harness.Resident("office-back").Send("làm hộ chiếu cần giấy tờ gì")
            .TakeReplies(sheet => Assert.Contains(sheet, reply => reply.Text.Contains("TK01", StringComparison.Ordinal)))
            .Send("phòng xuất nhập cảnh ở đâu").AssertReplyContains("Điện thoại: 0123 456 702")
            .Send("sdt của họ là số nào").AssertReplyContains("0123 456 702")
            // The procedure asked about before the office is still what a follow-up is about.
            .Send("lệ phí bao nhiêu").AssertReplyContains("HỘ CHIẾU", "200.000")
            // The unit named, or no pointing back: the unit's own card.
            .Send("số điện thoại phường").AssertReplyContains("0123 456 701");

    [Fact]
    public async Task TheProvincialPoliceNamedWithItsNumberAskedGetsItsCardAfterAProcedureWhoseEntryMentionsAPhone() =>
        await _harness.Resident("named-province").Send("lam tren vneid duoc khong").AssertReplyContains("VNEID")
            .Send("cong an tinh o dau, so dien thoai bao nhieu").AssertReplyContains("Số 5 đường Mẫu");

    [Fact]
    public async Task AskingWhetherToTellThePoliceAboutGuestsIsAQuestionNotAReport() =>
        await _harness.Resident("guests").Send("tuần sau có mấy đứa cháu ở quê lên ngủ lại nhà 3 đêm, có phải báo công an ko")
            .AssertReply(reply =>
            {
                Assert.Contains("LƯU TRÚ", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("loại nào", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AnotherProcedureNamedWithItsAspectChangesTheTopic() =>
        await _harness.Resident("passport-after-card").Send("Làm căn cước cho bé 5 tuổi thế nào").AssertReplyContains("CC01")
            .Send("Còn hộ chiếu cho bé thì làm ở đâu? Tết này cả nhà định đi Thái Lan.").AssertReplyContains("HỘ CHIẾU")
            .Send("Lệ phí hộ chiếu bao nhiêu vậy?").AssertReply(reply =>
            {
                Assert.Contains("200.000", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("CĂN CƯỚC", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AKindOfReportTypedWithTelexSlipsIsTaken() =>
        await _harness.Resident("telex-kind").Send("tôi muốn báo tin vêf ma tuys").AssertReplyContains("Cảm ơn bạn").AssertReply(reply =>
        {
            Assert.Contains("kể lại sự việc", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("loại nào", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task AQuestionAboutReportingIsAnsweredNotTakenForAReport() =>
        await _harness.Resident("asks-about-reporting")
            .Send("ad oi, neu e bao tin cho cong an thi nguoi ta co biet e la ng bao hk, e so lam").AssertReply(reply =>
            {
                Assert.Contains("bí mật", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("loại nào", reply.Text, StringComparison.Ordinal);
            })
            // Not a procedure either: the service's own answer, not "no such procedure".
            .Send("bao tin thi bn lau moi dc giai quyet z ad").AssertReply(reply =>
            {
                Assert.Contains("20 ngày", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("chưa tìm thấy", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AStoryWithAQuestionAboutReportingGetsTheAnswerAndTheReportOffered() =>
        await _harness.Resident("story-and-question")
            .Send("Chú ơi, con biết nhà bên cạnh tối mô cũng có người tới mua ma túy, con báo thì có bị lộ tên không chú?")
            .AssertReplyContains("bí mật")
            .AssertReplyContains("báo tin");

    [Fact]
    public async Task APlaceOfTheUnitsSessionsAskedAfterAProcedureGetsItsCard() =>
        await _harness.Resident("session-place").Send("lam lai the can cuoc bi mat can gi").AssertReplyContains("CC01")
            .Send("nha van hoa thon dong o cho nao vay").AssertReply(reply =>
            {
                Assert.Contains("Nhà văn hoá thôn Đông", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Bản đồ", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("CĂN CƯỚC", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task AStatementClosedByThanksIsThanks() =>
        await _harness.Resident("closing-thanks").Send("Tôi sẽ xem lại giấy biên nhận, xin cảm ơn quý cơ quan.").AssertReply(reply =>
        {
            Assert.Contains("cảm ơn", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
        });

    [Theory]
    // Questions about the service itself, with an answer of the service's own rather than "no such procedure".
    [InlineData("Nếu tôi nhắn tiếng Việt không dấu thì hệ thống có hiểu được không?", "không dấu")]
    [InlineData("lo hom do ket xe den tre chut xiu thi sao ad", "cán bộ tại quầy")]
    [InlineData("nếu giấy biên nhận bị mất thì tra hồ sơ bằng gì ạ", "giấy tờ tùy thân")]
    public async Task AQuestionAboutUsingTheServiceGetsItsAnswer(string question, string answer) =>
        await _harness.Resident("service-" + question.Length).Send(question).AssertReplyContains(answer);

    [Fact]
    public async Task AMenuLinesOwnWordsOpenItRatherThanACommonQuestion() =>
        await _harness.Resident("follow-words").Send("theo doi tin bao").AssertReplyContains("nhập mã theo dõi");

    [Fact]
    public async Task AStoryOfGamblingWithNoiseIsOfferedAsGamblingNotAsAQuestionAboutReporting() =>
        await _harness.Resident("gambling-noise").Send("ad oi xom e co 1 nha toi nao cug tu tap danh bai an tien, on ao lam").AssertReply(reply =>
        {
            Assert.Contains("Bạn có muốn báo tin", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Lệ phí", reply.Text, StringComparison.Ordinal);
        })
            .Send("co a").AssertReplyContains("Cảm ơn bạn").AssertReply(reply => Assert.DoesNotContain("loại nào", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task AQuestionAboutSecrecyAtTheOfferIsAnsweredAndTheOfferKeptThenAYesWithAQuestionStartsTheReport() =>
        await _harness.Resident("offer-aside")
            .Send("Cho tui hỏi chút, xóm tui có cái nhà cuối hẻm 14, đêm nào cũng tụ tập đánh bài ăn tiền tới 2-3 giờ sáng, la lối om sòm")
            .AssertReplyContains("Bạn có muốn báo tin")
            .Send("Báo thì có ai biết tui báo không? Tui sợ tụi nó biết rồi kiếm chuyện").AssertReplyContains("giữ bí mật").AssertReplyContains("Bạn có muốn báo tin")
            .Send("Vậy thì báo, tui báo ẩn danh được hông").AssertReplyContains("Cảm ơn bạn đã báo tin").AssertReplyContains("phần đầu của tin báo")
            .Send("Tụi nó chừng 6-7 người, ông chủ nhà đứng ra cầm cái").AssertReplyContains("Đã ghi")
            .Send("Hết rồi đó").AssertReplyContains("xảy ra khi nào");

    [Theory]
    // A code given in a sentence asks nothing of the service, however its words ("cái này mới đúng") fold.
    [InlineData("a nham, cai nay moi dung g01.087-261118-0913")]
    public async Task AMessageGivingACodeIsNoQuestionAboutTheService(string message) =>
        await _harness.Resident("code-" + message.Length).Send("hi ad 👋 ho so cua e den dau r").AssertReply(_ => { })
            .Send("ma la ma nao, o dau v ad").AssertReply(_ => { })
            .Send("G01.215-261124-0042").AssertReplyContains("G01.215-261124-0042")
            .Send(message).AssertReply(reply => Assert.DoesNotContain("trợ lý tự động", reply.Text, StringComparison.Ordinal));
}
