namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>Keys of the follow-up texts in <c>dialogs/texts/tipoff-followup.yaml</c>.</summary>
public static class TipOffFollowUpTexts
{
    public const string MenuTitle = "menu-tipoff-followup";

    /// <summary>The question for the receipt code.</summary>
    public const string AskCode = "tipoff-followup-ask-code";

    /// <summary>A named resident's reports to pick from, or a code: <c>{list}</c>.</summary>
    public const string AskPickOrCode = "tipoff-followup-ask-pick";

    /// <summary>One line of that list: <c>{number}</c>, <c>{category}</c>, <c>{date}</c>, <c>{status}</c>.</summary>
    public const string PickLine = "tipoff-followup-pick-line";

    /// <summary>The apology before asking again, when the answer holds no code.</summary>
    public const string CodeRetry = "tipoff-followup-code-retry";

    public const string CodeHelp = "help-tipoff-followup-code";

    /// <summary>The resident has lost the code: why it cannot be given again, and what to do instead.</summary>
    public const string CodeLost = "tipoff-followup-code-lost";

    /// <summary>The first wrong code: sorry, and the question again.</summary>
    public const string NotFoundTryAgain = "tipoff-followup-not-found";

    /// <summary>The second wrong code: sorry, where to turn.</summary>
    public const string NotFoundGiveUp = "tipoff-followup-not-found-final";

    /// <summary>Too many wrong codes this hour.</summary>
    public const string TooManyWrongCodes = "tipoff-followup-wait";

    /// <summary>Three answers without a code.</summary>
    public const string GaveUp = "tipoff-followup-gave-up";

    /// <summary>The report's state: <c>{category}</c>, <c>{date}</c> (dd/MM/yyyy), <c>{status}</c>, <c>{explanation}</c>.</summary>
    public const string Found = "tipoff-followup-found";

    /// <summary>The officer's open question, and how to answer: <c>{question}</c>.</summary>
    public const string Question = "tipoff-followup-question";

    public const string AnswerRetry = "tipoff-followup-answer-retry";
    public const string Thanks = "tipoff-followup-thanks";
    public const string AnswerLater = "tipoff-followup-answer-later";

    /// <summary>The report's evidence in one line: <c>{parts}</c>.</summary>
    public const string EvidenceLine = "tipoff-followup-evidence";

    /// <summary><c>{count}</c> files stored.</summary>
    public const string EvidenceStored = "tipoff-followup-evidence-stored";

    /// <summary><c>{count}</c> files still being fetched.</summary>
    public const string EvidencePending = "tipoff-followup-evidence-pending";

    /// <summary><c>{count}</c> files refused for <c>{reason}</c>.</summary>
    public const string EvidenceRefused = "tipoff-followup-evidence-refused";
    public const string EvidenceTooLarge = "tipoff-followup-evidence-too-large";
    public const string EvidenceWrongType = "tipoff-followup-evidence-type";
    public const string EvidenceExpired = "tipoff-followup-evidence-expired";
    public const string EvidenceUnreachable = "tipoff-followup-evidence-unreachable";

    /// <summary>The question shown was answered or replaced meanwhile.</summary>
    public const string QuestionChanged = "tipoff-followup-question-changed";

    /// <summary>A category's name as residents read it, when the texts have one; otherwise the stored code is shown.</summary>
    public static string Category(string category) => "tipoff-category-" + category;

    public static string[] All =>
    [
        MenuTitle, AskCode, AskPickOrCode, PickLine, CodeRetry, CodeHelp, CodeLost, NotFoundTryAgain, NotFoundGiveUp,
        TooManyWrongCodes, GaveUp, Found, Question, AnswerRetry, Thanks, AnswerLater, QuestionChanged, EvidenceLine, EvidenceStored, EvidencePending, EvidenceRefused,
        EvidenceTooLarge, EvidenceWrongType, EvidenceExpired, EvidenceUnreachable,
    ];
}
