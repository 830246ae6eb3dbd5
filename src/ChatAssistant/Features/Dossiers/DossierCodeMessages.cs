using System.Text.RegularExpressions;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Features.FrontDoor;

namespace ChatAssistant.Features.Dossiers;

/// <summary>A dossier code typed on its own, or with a few words around it ("G01.123-240101-0001 ạ"), is looked up at once.</summary>
internal sealed partial class DossierCodeMessages(DossierLookupDialog lookup) : IQuestionAnswerer
{
    /// <summary>A receipt's code as the one-stop desks print it: office, procedure, date received, number ("G01.123-240101-0001").</summary>
    [GeneratedRegex(@"^[A-Z]{1,3}\d{1,3}\.\d{1,4}-\d{6}-\d{1,6}$")]
    private static partial Regex ReceiptShape();

    // A code with more than this many other words around it is part of a sentence that the intents read.
    private const int MaxOtherWords = 3;

    // Shorter "codes" are times and house numbers ("8h30", "5A"), not what a receipt prints.
    private const int MinCodeLength = 6;

    private static readonly string[] DossierWords = [" ho so ", " ma ho so ", " tra cuu ", " tinh trang ", " ket qua "];

    public int Order => 40;

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        if (DossierCode.FindIn(text) is not { Length: >= MinCodeLength } code)
        {
            return false;
        }
        // "tôi có hồ sơ đăng ký tạm trú nộp trước đây, mã G01.123-261110-0021, nhờ tra cứu giúp": a code the sentence
        // calls a dossier's is looked up, however long the sentence.
        var folded = " " + VietnameseText.Fold(text) + " ";
        // So is one in the whole shape a receipt prints ("à nhầm, mã đúng là G01.888-261126-0021 ạ"): no time, house
        // number, tracking or appointment code looks like it.
        var saysDossier = code.Contains('.', StringComparison.Ordinal)
            && (DossierWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) || ReceiptShape().IsMatch(code));
        if (!saysDossier && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(IsWord) > MaxOtherWords)
        {
            return false;
        }
        await lookup.OpenAsync(dc, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static bool IsWord(string token) => token.Any(char.IsLetter) && !token.Any(char.IsAsciiDigit);
}
