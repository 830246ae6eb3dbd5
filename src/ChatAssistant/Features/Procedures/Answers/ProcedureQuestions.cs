using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures.Search;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>
/// Free text as a question about procedures or the office: a confident match is answered, close candidates are
/// offered as a numbered list, questions about the office get its card, a bare "thủ tục" the list of fields,
/// and a question about something else a polite redirect.
/// </summary>
public sealed class ProcedureQuestions(ProcedureIndex index, OfficeAnswers offices, MainMenu menu) : IQuestionAnswerer
{
    private const int MaxCandidates = 4;

    public int Order => 100;

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        // "làm hộ chiếu ở đâu" asks about a procedure, "công an phường ở đâu" about the office: the words
        // left after the office words decide.
        if (OfficeQuestion.Remainder(text) is { } rest)
        {
            if (!LooksLikeAQuestion(rest) && index.Search(rest, MaxCandidates).Confidence == SearchConfidence.OutOfScope)
            {
                offices.SendUnitOffices(dc.Context);
                return true;
            }
            text = rest;
        }
        var result = index.Search(text, MaxCandidates);
        switch (result.Confidence)
        {
            case SearchConfidence.Confident:
                await dc.BeginDialogAsync(ProcedureAnswerDialog.DialogId, result.Hits[0].Procedure.Id, cancellationToken).ConfigureAwait(false);
                return true;
            case SearchConfidence.Candidates when result.Hits.Count > 0:
                var ids = result.Hits.Select(h => h.Procedure.Id).ToList();
                await dc.BeginDialogAsync(ProcedureChoiceDialog.DialogId, new ProcedureChoice(CandidateIds: ids), cancellationToken).ConfigureAwait(false);
                return true;
        }
        if (AsksForTheList(text))
        {
            await dc.BeginDialogAsync(ProcedureChoiceDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (!LooksLikeAQuestion(text))
        {
            return false;
        }
        var turn = dc.Context;
        turn.Send(OutboundMessage.FromText(turn.Texts.Get(ProcedureTexts.OutOfScope) + "\n\n" + menu.Render(turn.Texts)));
        return true;
    }

    /// <summary>"thủ tục", "hỏi thủ tục hành chính": no procedure named, so the fields are listed to browse.</summary>
    /// <remarks>Asked after the search, so "thủ tục cấp hộ chiếu" is answered rather than browsed.</remarks>
    private static bool AsksForTheList(string text)
    {
        var words = VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Contains("thu tuc", StringComparison.Ordinal)
            && words.All(word => BrowseWords.Contains(word));
    }

    private static readonly HashSet<string> BrowseWords = new(
        ["thu", "tuc", "hanh", "chinh", "hoi", "cac", "danh", "sach", "xem", "nhung", "gi", "cho", "em", "toi", "minh", "muon", "a", "ad", "oi", "ve", "linh", "vuc"],
        StringComparer.Ordinal);

    // "ok", "?", "vâng": nothing was asked, so "not understood" fits better than "we do not handle that".
    private static bool LooksLikeAQuestion(string text) =>
        VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 2;
}
