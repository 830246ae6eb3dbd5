using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;

namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>
/// A receipt code typed on its own or with a few words ("K7M2-QX9P-4HRT", "theo dõi K7M2-QX9P-4HRT ạ") opens the
/// follow-up of that report at once. Asked before dossier codes, which a receipt code would also pass for.
/// </summary>
internal sealed class ReceiptCodeMessages(TipOffFollowUpDialog followUp) : IQuestionAnswerer
{
    private const int MaxOtherWords = 3;

    public int Order => 39;

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim('.', ',', '!', ':', '"')).ToList();
        var code = ReceiptCode.Normalize(text.Trim().TrimEnd('.', '!')) is not null ? 0 : tokens.FindIndex(t => ReceiptCode.Normalize(t) is not null);
        if (code < 0 || tokens.Count - 1 > MaxOtherWords)
        {
            return false;
        }
        await followUp.OpenAsync(dc, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
