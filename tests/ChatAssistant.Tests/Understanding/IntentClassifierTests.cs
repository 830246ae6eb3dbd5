using ChatAssistant.Conversation.Text;
using ChatAssistant.Testing;
using ChatAssistant.Understanding;

namespace ChatAssistant.Tests.Understanding;

/// <summary>The classifier learned from the repository's examples, asked sentences that are in none of them.</summary>
public sealed class IntentClassifierTests
{
    private static readonly Lazy<IntentClassifier> Classifier = new(() =>
        IntentClassifier.Train(IntentExamples.Load(Path.Combine(RepositoryDialogs.Folder, IntentExamples.FolderName)).All));

    [Theory]
    [InlineData("chào các chú công an", Intents.Greet)]
    [InlineData("ok e cảm ơn nhìu", Intents.Thanks)]
    [InlineData("cho em hẹn lịch nộp hồ sơ căn cước thứ 5", Intents.Book)]
    [InlineData("hủy giùm em cái lịch hẹn hôm thứ 6", Intents.CancelAppointment)]
    [InlineData("em bị lừa chuyển khoản mất 20 triệu giờ phải làm sao", Intents.ReportCrime)]
    [InlineData("cán bộ ơi cho hỏi làm thẻ cho bé bao lâu", Intents.AskProcedure)]
    [InlineData("cho tôi nói chuyện trực tiếp với cán bộ", Intents.TalkToOfficer)]
    [InlineData("thứ bảy công an phường có làm việc không", Intents.OfficeInfo)]
    public void UnseenSentencesGetTheirIntent(string text, string intent)
    {
        var guess = Classifier.Value.Classify(Shorthand.Normalize(text));
        Assert.Equal(intent, guess.Intent);
    }

    [Fact]
    public void TheSameExamplesGiveTheSameModel()
    {
        var again = IntentClassifier.Train(IntentExamples.Load(Path.Combine(RepositoryDialogs.Folder, IntentExamples.FolderName)).All);
        var text = Shorthand.Normalize("nhà em bị trộm xe đêm qua");
        Assert.Equal(Classifier.Value.Classify(text), again.Classify(text));
    }
}
