namespace ChatAssistant.Features.Dossiers;

/// <summary>Keys of the texts in <c>dialogs/texts/dossiers.yaml</c>.</summary>
public static class DossierTexts
{
    public const string MenuTitle = "menu-dossiers";

    /// <summary>The question for the code on the receipt.</summary>
    public const string AskCode = "dossier-ask-code";

    /// <summary>The apology before asking again, when the answer holds no code.</summary>
    public const string CodeRetry = "dossier-code-retry";

    /// <summary>The receipt is lost: where the code is printed, and what to do without it.</summary>
    public const string ReceiptLost = "dossier-receipt-lost";

    public const string CodeHelp = "help-dossier-code";

    /// <summary>Three answers without a code: where else to turn.</summary>
    public const string GaveUp = "dossier-gave-up";

    /// <summary>The dossier's code, procedure, status and date: <c>{code}</c>, <c>{procedure}</c>, <c>{status}</c>, <c>{date}</c>.</summary>
    public const string Found = "dossier-found";

    /// <summary>The office's note: <c>{note}</c>.</summary>
    public const string FoundNote = "dossier-found-note";

    /// <summary>No dossier with the code <c>{code}</c>.</summary>
    public const string NotFound = "dossier-not-found";

    /// <summary>Too many lookups in the period: come back after <c>{time}</c> (Vietnam's time, with the day when not today).</summary>
    public const string LimitReached = "dossier-limit-reached";

    /// <summary>The question for the last 4 digits of the phone number registered with the dossier <c>{code}</c>.</summary>
    public const string AskPhone = "dossier-ask-phone";

    /// <summary>The apology before asking again, when the answer holds no 4 digits.</summary>
    public const string PhoneRetry = "dossier-phone-retry";

    public const string PhoneHelp = "help-dossier-phone";

    /// <summary>The line before the question again, after digits that are not the registered number's.</summary>
    public const string PhoneWrong = "dossier-phone-wrong";

    /// <summary>Wrong digits too many times: the result of <c>{code}</c> is not shown, and where to turn.</summary>
    public const string PhoneWrongFinal = "dossier-phone-wrong-final";

    /// <summary>Three answers without 4 digits.</summary>
    public const string PhoneGaveUp = "dossier-phone-gave-up";

    /// <summary>The status as residents read it.</summary>
    public static string StatusLabel(string status) => "dossier-status-" + status;

    /// <summary>What the resident does next at this status.</summary>
    public static string NextStep(string status) => "dossier-next-" + status;

    public static IEnumerable<string> All =>
    [
        MenuTitle, AskCode, CodeRetry, ReceiptLost, CodeHelp, GaveUp, Found, FoundNote, NotFound, LimitReached,
        AskPhone, PhoneRetry, PhoneHelp, PhoneWrong, PhoneWrongFinal, PhoneGaveUp,
        .. DossierStatus.All.Select(StatusLabel),
        .. DossierStatus.All.Select(NextStep),
    ];
}
