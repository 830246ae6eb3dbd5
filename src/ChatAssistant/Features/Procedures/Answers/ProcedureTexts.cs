namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>The keys of dialogs/texts/procedures.yaml, declared once.</summary>
public static class ProcedureTexts
{
    public const string Menu = "menu-procedures";
    public const string Documents = "procedure-documents";
    public const string Form = "procedure-form";
    public const string Copies = "procedure-copies";
    public const string Fee = "procedure-fee";
    public const string FeeUnconfirmed = "procedure-fee-unconfirmed";
    public const string Exemptions = "procedure-exemptions";
    public const string TimeLimit = "procedure-time-limit";
    public const string Where = "procedure-where";
    public const string Online = "procedure-online";
    public const string Notes = "procedure-notes";
    public const string Who = "procedure-who";
    public const string NotOnline = "procedure-not-online";
    public const string ValidityUnknown = "procedure-validity-unknown";
    public const string AskMore = "procedure-ask-more";
    public const string Page = "procedure-page";
    public const string Verify = "procedure-verify";
    public const string VerifyUnit = "procedure-verify-unit";
    public const string VerifyContactFallback = "procedure-verify-contact";
    public const string Next = "procedure-next";
    public const string NextBook = "procedure-next-book";
    public const string NextOffice = "procedure-next-office";
    public const string NextAnother = "procedure-next-another";
    public const string AskAnother = "procedure-ask-another";
    public const string Candidates = "procedure-candidates";
    public const string OutOfScope = "procedure-out-of-scope";
    public const string TopicUnanswered = "procedure-topic-unanswered";
    public const string CivilStatus = "procedure-civil-status";
    public const string Fields = "procedure-fields";
    public const string FieldList = "procedure-field-list";

    public static IEnumerable<string> All =>
    [
        Menu, Documents, Form, Copies, Fee, FeeUnconfirmed, Exemptions, TimeLimit, Where, Online, Notes, Who, NotOnline, ValidityUnknown, AskMore, Page, Verify, VerifyUnit, VerifyContactFallback,
        Next, NextBook, NextOffice, NextAnother, AskAnother, Candidates, OutOfScope, TopicUnanswered, CivilStatus, Fields, FieldList,
    ];
}
