using System.Globalization;
using System.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Features.Dossiers;

/// <summary>Looks a code up for the resident's account and answers: the status and what to do next, or where else to turn.</summary>
public sealed class DossierAnswer(DossierStore store, ProcedureCatalogue catalogue)
{
    /// <summary>The resident's account's dossier with <paramref name="code"/> (as typed or already normalized); null when unknown.</summary>
    public Dossier? Find(ITurnContext turn, string code)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return store.Find(turn.Activity.AccountId, code);
    }

    /// <summary>Sends the dossier's result as one message.</summary>
    public void Send(ITurnContext turn, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.SendRawText(Describe(turn.Texts, dossier));
    }

    /// <summary>Says that no dossier has <paramref name="code"/>, and where else to turn.</summary>
    public static void SendNotFound(ITurnContext turn, string code)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(code);
        turn.SendRawText(turn.Texts.Get(DossierTexts.NotFound, new Dictionary<string, string> { ["code"] = DossierCode.Normalize(code) ?? code }));
    }

    /// <summary>
    /// The dossier as residents read it; one message, since one bubble reads better than four on a phone. Only what is
    /// meant for them: code, procedure, status and its date, the office's note, what to do next. The phone number's
    /// tag and any column the list had besides are never part of it.
    /// </summary>
    public string Describe(ITextCatalog texts, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(dossier);
        // The catalogue's name when the list's procedure matched it: the same words the resident saw in the procedure answers.
        var procedure = dossier.ProcedureId is { } id && catalogue.Find(id) is { } known ? known.Name : dossier.Procedure;
        var answer = new StringBuilder(texts.Get(DossierTexts.Found, new Dictionary<string, string>
        {
            ["code"] = dossier.Code,
            ["procedure"] = procedure,
            ["status"] = texts.Get(DossierTexts.StatusLabel(dossier.Status)),
            ["date"] = dossier.StatusDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        }));
        if (dossier.Note is { } note)
        {
            answer.Append('\n').Append(texts.Get(DossierTexts.FoundNote, new Dictionary<string, string> { ["note"] = note }));
        }
        return answer.Append('\n').Append(texts.Get(DossierTexts.NextStep(dossier.Status))).ToString();
    }
}
