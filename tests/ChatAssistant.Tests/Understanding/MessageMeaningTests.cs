using ChatAssistant.Conversation.Text;
using ChatAssistant.Understanding;

namespace ChatAssistant.Tests.Understanding;

public sealed class MessageMeaningTests
{
    [Theory]
    [InlineData("làm căn cước ở đâu")]
    [InlineData("ngày nào thì có kết quả")]
    [InlineData("ai được làm thay")]
    [InlineData("nếu em báo tin thì người ta có biết em là người báo hk, em sợ lắm")]
    public void QuestionsAsk(string text) => Assert.True(Meaning(text).IsQuestion);

    [Theory]
    // A question word before "cũng" says "every": a story, not a question.
    [InlineData("tối nào cũng tụ tập đánh bài ăn tiền, ồn ào lắm")]
    [InlineData("ai cũng biết nhà đó bán hàng cấm")]
    [InlineData("giờ nào cũng được")]
    public void EveryIsNoQuestion(string text) => Assert.False(Meaning(text).IsQuestion);

    private static MessageMeaning Meaning(string text) => new(text, Shorthand.Normalize(text), null, [], null, null, null);
}
