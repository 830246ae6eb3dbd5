using System.Globalization;
using System.Text;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.Offices;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>
/// A procedure as a chat answer: what to bring as a list, fee, time limit, where, the online link, and where
/// to verify. One message when it fits a phone screen; otherwise the documents and the rest as two.
/// </summary>
public static class ProcedureAnswer
{
    /// <summary>About one phone screen of text; longer answers are split at the section boundary.</summary>
    public const int OneMessage = 900;

    public static IReadOnlyList<string> Render(Procedure procedure, string oaId, OfficeDirectory offices, ITextCatalog texts, Uri? page)
    {
        var head = new StringBuilder(Title(procedure));
        head.Append('\n').Append(texts.Get(ProcedureTexts.Documents));
        foreach (var document in procedure.Documents)
        {
            head.Append("\n- ").Append(Document(document, texts));
        }

        var rest = new StringBuilder(Fee(procedure, texts));
        rest.Append('\n').Append(texts.Get(ProcedureTexts.TimeLimit, ("time_limit", procedure.TimeLimit)));
        rest.Append('\n').Append(texts.Get(ProcedureTexts.Where, ("where", Where(procedure, oaId, offices))));
        if (procedure.Online is { } online)
        {
            rest.Append('\n').Append(texts.Get(ProcedureTexts.Online,
                ("url", online.Url.OriginalString), ("note", online.Note ?? "")).TrimEnd());
        }
        if (procedure.Notes is { } notes)
        {
            rest.Append('\n').Append(texts.Get(ProcedureTexts.Notes, ("notes", notes)));
        }
        if (page is not null)
        {
            rest.Append('\n').Append(texts.Get(ProcedureTexts.Page, ("url", page.AbsoluteUri)));
        }
        rest.Append("\n\n").Append(texts.Get(ProcedureTexts.Verify,
            ("checked_on", procedure.CheckedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            ("contact", Contact(oaId, offices, texts))));

        return head.Length + rest.Length + 1 <= OneMessage
            ? [head.Append('\n').Append(rest).ToString()]
            : [head.ToString(), rest.ToString()];
    }

    /// <summary>
    /// The parts of a procedure a follow-up asked about ("bao nhiêu tiền", "mấy ngày thì có"), under its name: a short
    /// focused reply instead of the whole sheet again.
    /// </summary>
    public static string RenderAspects(Procedure procedure, IReadOnlyList<ProcedureAspect> aspects, string oaId, OfficeDirectory offices, ITextCatalog texts)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(aspects);
        ArgumentNullException.ThrowIfNull(texts);
        var answer = new StringBuilder(Title(procedure));
        foreach (var aspect in aspects.Distinct())
        {
            answer.Append('\n');
            switch (aspect)
            {
                case ProcedureAspect.Documents:
                    answer.Append(texts.Get(ProcedureTexts.Documents));
                    foreach (var document in procedure.Documents)
                    {
                        answer.Append("\n- ").Append(Document(document, texts));
                    }
                    break;
                case ProcedureAspect.Fee:
                    answer.Append(Fee(procedure, texts));
                    break;
                case ProcedureAspect.TimeLimit:
                    answer.Append(texts.Get(ProcedureTexts.TimeLimit, ("time_limit", procedure.TimeLimit)));
                    break;
                case ProcedureAspect.Where:
                    answer.Append(texts.Get(ProcedureTexts.Where, ("where", Where(procedure, oaId, offices))));
                    // "có thể nộp tại bất kỳ cơ quan đăng ký cư trú nào", "Công an xã/phường không giải quyết thủ tục này":
                    // what the entry says of where else, or where not, belongs with the place.
                    var elsewhere = ProcedureFacts.SentencesSaying(procedure, WhereWords);
                    if (elsewhere.Count > 0)
                    {
                        answer.Append('\n').Append(string.Join(". ", elsewhere)).Append('.');
                    }
                    break;
                case ProcedureAspect.Online:
                    answer.Append(procedure.Online is { } online
                        ? texts.Get(ProcedureTexts.Online, ("url", online.Url.OriginalString), ("note", online.Note ?? "")).TrimEnd()
                        : texts.Get(ProcedureTexts.NotOnline));
                    break;
                case ProcedureAspect.InPerson:
                    // What the entry says about coming in person; else who files it and where.
                    var presence = ProcedureFacts.SentencesSaying(procedure, PresenceWords);
                    answer.Append(presence.Count > 0
                        ? string.Join(". ", presence) + "."
                        : texts.Get(ProcedureTexts.Who, ("who", procedure.Who)) + "\n" + texts.Get(ProcedureTexts.Where, ("where", Where(procedure, oaId, offices))));
                    break;
                case ProcedureAspect.Validity:
                    var validity = ProcedureFacts.SentencesSaying(procedure, ValidityWords);
                    answer.Append(validity.Count > 0 ? string.Join(". ", validity) + "." : texts.Get(ProcedureTexts.ValidityUnknown));
                    break;
                case ProcedureAspect.Prerequisite when ProcedureFacts.Prerequisites(procedure) is { Count: > 0 } first:
                    answer.Append(string.Join(". ", first)).Append('.');
                    break;
                case ProcedureAspect.Prerequisite:
                    // Nothing said to come first: what to prepare is what comes first then.
                    goto case ProcedureAspect.Documents;
                case ProcedureAspect.Eligibility:
                    answer.Append(texts.Get(ProcedureTexts.Who, ("who", procedure.Who)));
                    if (procedure.Notes is { } notes)
                    {
                        answer.Append('\n').Append(texts.Get(ProcedureTexts.Notes, ("notes", notes)));
                    }
                    break;
            }
        }
        return answer.Append("\n\n").Append(texts.Get(ProcedureTexts.AskMore)).ToString();
    }

    // Folded words of the entry's sentences about coming in person, and about how long a paper lasts.
    private static readonly string[] WhereWords = ["bat ky", "noi cap", "khong cap", "khong tiep nhan", "khong giai quyet"];

    private static readonly string[] PresenceWords = ["phai den", "truc tiep", "co mat", "thu nhan", "uy quyen", "nguoi dai dien", "den tru so"];

    private static readonly string[] ValidityWords = ["gia tri", "hieu luc", "toi da", "thoi han tam tru"];

    /// <summary>
    /// Whether the entry itself says something on <paramref name="aspect"/>: every entry has a fee and a time limit, but
    /// few say who must come in person or how long the paper lasts.
    /// </summary>
    public static bool Says(Procedure procedure, ProcedureAspect aspect) => aspect switch
    {
        ProcedureAspect.InPerson => ProcedureFacts.SentencesSaying(procedure, PresenceWords).Count > 0,
        ProcedureAspect.Validity => ProcedureFacts.SentencesSaying(procedure, ValidityWords).Count > 0,
        ProcedureAspect.Prerequisite => ProcedureFacts.Prerequisites(procedure).Count > 0,
        _ => true,
    };

    /// <summary>The sentence of the entry that answers a follow-up (<see cref="ProcedureFacts"/>), under the procedure's name.</summary>
    public static string RenderFact(Procedure procedure, string fact, ITextCatalog texts)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(texts);
        return Title(procedure) + "\n" + fact + ".\n\n" + texts.Get(ProcedureTexts.AskMore);
    }

    private static string Title(Procedure procedure) => procedure.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN"));

    private static string Fee(Procedure procedure, ITextCatalog texts)
    {
        var fee = texts.Get(ProcedureTexts.Fee, ("fee", procedure.Fee.Text));
        var line = procedure.Fee.Confirmed || SaysUnconfirmed(procedure.Fee.Text) ? fee : fee + " " + texts.Get(ProcedureTexts.FeeUnconfirmed);
        return procedure.Fee.Exemptions.Count > 0
            ? line + "\n" + texts.Get(ProcedureTexts.Exemptions, ("exemptions", string.Join("; ", procedure.Fee.Exemptions)))
            : line;
    }

    // Most unconfirmed fees already say so in the catalogue's words; the note is for those that do not.
    private static bool SaysUnconfirmed(string fee) => VietnameseText.Fold(fee).Contains("chua xac nhan", StringComparison.Ordinal);

    /// <summary>"Tờ khai căn cước (mẫu CC01), 1 bản: chỉ khi ..." with whatever the catalogue knows.</summary>
    private static string Document(ProcedureDocument document, ITextCatalog texts)
    {
        var line = new StringBuilder(document.Name);
        if (document.Form is { } form)
        {
            line.Append(" (").Append(texts.Get(ProcedureTexts.Form, ("form", form))).Append(')');
        }
        if (document.Copies is { } copies)
        {
            line.Append(", ").Append(texts.Get(ProcedureTexts.Copies, ("copies", copies.ToString(CultureInfo.InvariantCulture))));
        }
        if (document.Note is { } note)
        {
            line.Append(". ").Append(note);
        }
        return line.ToString();
    }

    /// <summary>The resident's own office by name and address where offices.yaml has one; the kind's label otherwise.</summary>
    private static string Where(Procedure procedure, string oaId, OfficeDirectory offices) =>
        string.Join("; ", procedure.Where.Select(kind => offices.ForKind(oaId, kind) is { } office
            ? $"{office.Name} ({office.Address})"
            : OfficeKinds.Label(kind)));

    private static string Contact(string oaId, OfficeDirectory offices, ITextCatalog texts) =>
        offices.UnitOf(oaId) is { Offices: [var first, ..] } unit
            ? texts.Get(ProcedureTexts.VerifyUnit, ("unit", unit.Name), ("phone", first.Phone))
            : texts.Get(ProcedureTexts.VerifyContactFallback);

}
