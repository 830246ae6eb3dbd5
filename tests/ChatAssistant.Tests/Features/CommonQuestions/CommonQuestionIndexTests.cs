using ChatAssistant.Content;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Features.CommonQuestions;
using ChatAssistant.Testing;
using ChatAssistant.Understanding;

namespace ChatAssistant.Tests.Features.CommonQuestions;

public sealed class CommonQuestionIndexTests : IDisposable
{
    private static readonly CommonQuestionIndex Shipped = CommonQuestionIndex.Load(RepositoryDialogs.Folder);

    // A copy of the repository's dialogs/ each test may break.
    private readonly string _dialogs = RepositoryDialogs.CopyTo(Path.Combine(Path.GetTempPath(), "questions-" + Guid.NewGuid().ToString("N")));

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);

    [Theory]
    [InlineData("em mất mã rồi", "ma-theo-doi-bi-mat")]
    [InlineData("Xin hỏi nếu tôi làm mất mã thì cơ quan có thể cấp lại cho tôi không?", "ma-theo-doi-bi-mat")]
    [InlineData("ma bao an danh thi co ai bit toi ko", "tin-bao-giu-bi-mat")]
    [InlineData("tien co lay lai dc k ad", "lay-lai-tien-bi-lua")]
    [InlineData("muốn hủy lịch hẹn thì làm thế nào ạ", "doi-huy-lich-hen")]
    [InlineData("em làm mất giấy biên nhận rồi, không nhớ mã hồ sơ", "mat-giay-bien-nhan")]
    public void AQuestionAboutTheServiceFindsItsEntry(string asked, string id)
    {
        var match = Shipped.Match(asked);
        Assert.NotNull(match);
        Assert.Equal(id, match.Value.Entry.Id);
        Assert.True(match.Value.Score >= CommonQuestionIndex.Close, $"{match.Value.Score:0.00}");
    }

    [Theory]
    [InlineData("mà báo xong có ai bít tôi báo ko, nhà tôi sát vách nhà bả", "tin-bao-giu-bi-mat")]
    [InlineData("Xin hỏi trước khi trình bày tiếp: nếu tôi gửi tin báo này thì những người xung quanh có biết tôi là người báo không ạ?", "tin-bao-giu-bi-mat")]
    [InlineData("Tối nào cũng có người tới mua, mấy đứa nhỏ trong xóm cũng biết. Mà em làm mất mã theo dõi rồi thì sao?", "ma-theo-doi-bi-mat")]
    // Closed by a question mark, a clause of two meaningful words is matched alone.
    [InlineData("Báo thì có ai biết tui báo không? Tui sợ tụi nó biết rồi kiếm chuyện", "tin-bao-giu-bi-mat")]
    public void AQuestionInAClauseOfALongerMessageIsFoundClauseByClause(string asked, string id)
    {
        var match = Shipped.Match(asked, byClause: true);
        Assert.NotNull(match);
        Assert.Equal(id, match.Value.Entry.Id);
        Assert.True(match.Value.Score >= CommonQuestionIndex.Close, $"{match.Value.Score:0.00}");
        // The whole message, story and all, is not as close.
        Assert.True(Shipped.Match(asked)!.Value.Score < match.Value.Score);
    }

    [Fact]
    public void AMessageThatSaysItAsksCountsAPhrasingItHoldsWholeForMoreThanTheStoryAroundIt()
    {
        const string asked = "Mà em hỏi chút, báo rồi thì người trong chung cư có ai biết tên em không?";
        var plain = Shipped.Match(asked, byClause: true);
        var weighted = Shipped.Match(asked, byClause: true, asked: true);
        Assert.Equal("tin-bao-giu-bi-mat", weighted!.Value.Entry.Id);
        Assert.True(plain!.Value.Score < CommonQuestionIndex.CloseForAQuestionAside, $"{plain.Value.Score:0.00}");
        Assert.True(weighted.Value.Score >= CommonQuestionIndex.CloseForAQuestionAside, $"{weighted.Value.Score:0.00}");
    }

    [Fact]
    public void ButOpeningASentenceIsNoCode()
    {
        // Folded, "mà" (but) is "mã" (a code): opening the sentence it is the conjunction.
        var match = Shipped.Match("mà em hỏi chút, báo xong có ai biết tôi báo không", byClause: true);
        Assert.Equal("tin-bao-giu-bi-mat", match!.Value.Entry.Id);
        Assert.Equal("ma-theo-doi-bi-mat", Shipped.Match("mã theo dõi bị mất rồi")!.Value.Entry.Id);
    }

    [Theory]
    // A command, a lost identity card, a procedure: not questions about the service.
    [InlineData("theo dõi")]
    [InlineData("mất căn cước có cấp lại được không")]
    [InlineData("đổi lịch hẹn sang thứ 6")]
    // "bao lâu" is no "báo": how long a procedure takes is not how long a report does.
    [InlineData("hoi chut, nop xong bao lau thi co ket qua")]
    // One word in common is no question in common.
    [InlineData("không biết")]
    public void OtherMessagesAreNotCloseToAnyEntry(string asked) =>
        Assert.False(Shipped.Match(asked) is { Score: >= CommonQuestionIndex.Close }, asked);

    [Fact]
    public void NoQuestionOfTheProcedureEvaluationIsTakenForAQuestionAboutTheService()
    {
        var questions = File.ReadLines(Path.Combine(Path.GetDirectoryName(RepositoryDialogs.Folder)!, "tests", "ChatAssistant.Tests", "Features", "Procedures", "evaluation.tsv"))
            .Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')[1]).ToList();
        Assert.True(questions.Count > 100);
        Assert.All(questions, question => Assert.False(Shipped.Match(question) is { Score: >= CommonQuestionIndex.Close }, question));
        // Inside a flow a question is taken on a looser match: none of the procedure questions is one.
        Assert.All(questions.Where(q => new MessageMeaning(q, Shorthand.Normalize(q), null, [], null, null, null).IsQuestion),
            question => Assert.False(Shipped.Match(question) is { Score: >= CommonQuestionIndex.CloseForAQuestionAside }, question));
    }

    [Fact]
    public void AQuestionGivenToTwoEntriesNamesTheFileAndLine()
    {
        var file = Path.Combine(_dialogs, CommonQuestionIndex.FileName);
        File.WriteAllText(file, """
            questions:
              - id: a
                questions: [mất mã thì sao]
                answer: Một.
              - id: b
                questions: [Mất mã thì sao]
                answer: Hai.
            """);
        var error = Assert.Throws<ContentException>(() => CommonQuestionIndex.Load(_dialogs));
        Assert.Equal(5, error.Line);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKeyNamesTheFileAndLine()
    {
        File.WriteAllText(Path.Combine(_dialogs, CommonQuestionIndex.FileName), "questions:\n  - id: a\n    questions: [x y]\n    answers: Một.\n");
        var error = Assert.Throws<ContentException>(() => CommonQuestionIndex.Load(_dialogs));
        Assert.Equal(4, error.Line);
        Assert.Contains("answers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheFileThereAreNoQuestions()
    {
        File.Delete(Path.Combine(_dialogs, CommonQuestionIndex.FileName));
        Assert.Empty(CommonQuestionIndex.Load(_dialogs).Entries);
    }
}
