using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// "quán cà phê đầu hẻm 8 chiều nào cũng tụ tập cá độ bóng đá, ghi số đề công khai luôn": a story that names one kind of
/// report is offered as a report when no route took it, whatever the classifier guessed, rather than searched as a
/// procedure nobody handles. Asked after the intent routes, before the procedure search.
/// </summary>
internal sealed class StoriesNamingAKind(TipOffStories stories, Understander understander) : IQuestionAnswerer
{
    // Words enough to tell something, beyond naming a kind.
    private const int MinWordsOfAStory = 8;

    public int Order => IQuestionAnswerer.AfterIntents;

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var meaning = understander.Of(dc.Context);
        // A question ("báo cá độ ở đâu") is the search's; a guess sure of something else is that thing's.
        if (meaning.IsQuestion || meaning.Normalized.Split(' ').Length < MinWordsOfAStory
            || meaning.Intent is { } sure && sure is not (Intents.OutOfScope or Intents.ReportCrime)
            || TipOffReportDialog.CategoryNamedIn(text) is null)
        {
            return false;
        }
        return await stories.HandleAsync(dc, meaning, cancellationToken).ConfigureAwait(false);
    }
}
