using ChatAssistant.Conversation.Text;
using ChatAssistant.Understanding;

namespace ChatAssistant.Tests.Understanding;

public sealed class ProcedureAspectsTests
{
    [Theory]
    [InlineData("bao nhiêu tiền", ProcedureAspect.Fee)]
    [InlineData("lệ phí hết bn vậy", ProcedureAspect.Fee)]
    [InlineData("mấy ngày thì có", ProcedureAspect.TimeLimit)]
    [InlineData("bao lâu thì lấy được", ProcedureAspect.TimeLimit)]
    [InlineData("cần mang gì", ProcedureAspect.Documents)]
    [InlineData("can nhung giay to j", ProcedureAspect.Documents)]
    [InlineData("làm online được ko", ProcedureAspect.Online)]
    [InlineData("nộp ở đâu", ProcedureAspect.Where)]
    [InlineData("hồ sơ hộ chiếu nộp tại công an phường không", ProcedureAspect.Where)]
    [InlineData("trẻ em có được làm không", ProcedureAspect.Eligibility)]
    [InlineData("thế đứa em nó mới 9 tuổi thì làm được chưa", ProcedureAspect.Eligibility)]
    [InlineData("tạm trú đc bn lâu v ad", ProcedureAspect.Validity)]
    [InlineData("ở được tối đa bao lâu thì phải làm lại", ProcedureAspect.Validity)]
    [InlineData("ông ấy có phải làm gì trước không", ProcedureAspect.Prerequisite)]
    // Folded, "có mất phí" holds "có mặt" and "làm hộ chiếu" "làm hộ", which ask who must come.
    [InlineData("Có mất phí hông?", ProcedureAspect.Fee)]
    [InlineData("bao o phuong minh dc k", ProcedureAspect.Where)]
    // Folded, "hồ sơ căn cước" holds "hồ sơ cần" (the documents needed).
    [InlineData("Xin hỏi sáng thứ Bảy trụ sở có tiếp nhận hồ sơ căn cước không ạ?", ProcedureAspect.Where)]
    [InlineData("Em mang lên phường mình nộp được không?", ProcedureAspect.Where)]
    [InlineData("làm hộ chiếu lệ phí bao nhiêu", ProcedureAspect.Fee)]
    [InlineData("nop tre han dc bao lau", ProcedureAspect.TimeLimit)]
    // "trước tiên" opens a question, "trước bạ" is a tax: neither asks what comes first.
    [InlineData("Trước tiên cho em hỏi làm hộ chiếu mất bao lâu", ProcedureAspect.TimeLimit)]
    [InlineData("lệ phí trước bạ bao nhiêu", ProcedureAspect.Fee)]
    [InlineData("có mất bao nhiêu tiền không", ProcedureAspect.Fee)]
    public void TheAspectAskedIsFound(string question, ProcedureAspect aspect) =>
        Assert.Equal([aspect], ProcedureAspects.Find(Shorthand.Normalize(question)));

    [Fact]
    public void SeveralAspectsComeInTheOrderAsked() =>
        Assert.Equal([ProcedureAspect.TimeLimit, ProcedureAspect.Fee], ProcedureAspects.Find(Shorthand.Normalize("mấy ngày có, hết bao nhiêu tiền")));

    [Theory]
    [InlineData("e so ng ta nhat dc cccd cua e roi di vay tien, khoa the dc ko ad")]
    [InlineData("tiền có lấy lại được không")]
    [InlineData("bị lừa chuyển tiền thì làm gì")]
    public void MoneyThatIsPartOfTheStoryIsNoFee(string question) =>
        Assert.DoesNotContain(ProcedureAspect.Fee, ProcedureAspects.Find(Shorthand.Normalize(question)));

    [Fact]
    public void AQuestionWithNoAspectFindsNone() =>
        Assert.Empty(ProcedureAspects.Find(Shorthand.Normalize("làm căn cước")));

    [Theory]
    // A story's "báo ở đây được không" asks to report, not where a procedure is filed.
    [InlineData("mà đêm qua nhà tôi có đứa cạy cửa sau, giờ còn dấu vết, báo ở đây đc k")]
    // Nor where someone works.
    [InlineData("em trai em đi làm ở Bình Dương")]
    public void AStoryAskingToReportHereAsksNoPartOfAProcedure(string story) =>
        Assert.Empty(ProcedureAspects.Find(Shorthand.Normalize(story)));
}
