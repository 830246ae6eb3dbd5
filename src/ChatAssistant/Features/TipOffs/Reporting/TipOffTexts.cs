namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>Keys of the texts in <c>dialogs/texts/tipoffs.yaml</c>.</summary>
public static class TipOffTexts
{
    public const string MenuTitle = "menu-tipoffs";
    public const string EmergencyPolice = "tipoff-emergency-police";
    public const string EmergencyFire = "tipoff-emergency-fire";
    public const string EmergencyMedical = "tipoff-emergency-medical";
    public const string Intro = "tipoff-intro";

    /// <summary>The hourly limit is reached: <c>{max}</c>.</summary>
    public const string TooMany = "tipoff-too-many";
    public const string AskCategory = "tipoff-ask-category";
    public const string CategoryRetry = "tipoff-category-retry";
    public const string AskStory = "tipoff-ask-story";
    public const string StoryNoted = "tipoff-story-noted";

    /// <summary>Media received so far: <c>{count}</c>.</summary>
    public const string StoryMediaNoted = "tipoff-story-media-noted";
    public const string StoryEmpty = "tipoff-story-empty";
    public const string StoryGoOn = "tipoff-story-go-on";

    /// <summary>The text limit is reached: <c>{max}</c> characters.</summary>
    public const string StoryTooLong = "tipoff-story-too-long";

    /// <summary>The media limit is reached: <c>{max}</c> files.</summary>
    public const string MediaTooMany = "tipoff-media-too-many";

    /// <summary>A file declared larger than the limit: <c>{name}</c>, <c>{max}</c> MB.</summary>
    public const string MediaTooLarge = "tipoff-media-too-large";
    public const string StoryRetry = "tipoff-story-retry";
    public const string StoryHelp = "help-tipoff-story";
    public const string AskWhen = "tipoff-ask-when";
    public const string AskWhere = "tipoff-ask-where";
    public const string AskEvidence = "tipoff-ask-evidence";

    /// <summary>The evidence question when some came with the story: <c>{count}</c>.</summary>
    public const string AskEvidenceMore = "tipoff-ask-evidence-more";
    public const string EvidenceRetry = "tipoff-evidence-retry";
    public const string AskAnonymous = "tipoff-ask-anonymous";
    public const string AnonymousYes = "tipoff-anonymous-yes";
    public const string AnonymousNo = "tipoff-anonymous-no";
    public const string AskName = "tipoff-ask-name";
    public const string AskPhone = "tipoff-ask-phone";

    /// <summary>The report as it will be sent: <c>{category}</c>, <c>{story}</c>, <c>{when}</c>, <c>{where}</c>, <c>{evidence}</c>, <c>{reporter}</c>.</summary>
    public const string Summary = "tipoff-summary";
    public const string SummaryUnknown = "tipoff-summary-unknown";
    public const string SummaryNoEvidence = "tipoff-summary-no-evidence";

    /// <summary><c>{count}</c> files.</summary>
    public const string SummaryEvidence = "tipoff-summary-evidence";
    public const string SummaryAnonymous = "tipoff-summary-anonymous";
    public const string AskConfirm = "tipoff-ask-confirm";
    public const string Offer = "tipoff-offer";
    public const string OfferCategory = "tipoff-offer-category";
    public const string OfferDeclined = "tipoff-offer-declined";

    /// <summary>Followed by a category code: what to do meanwhile, for the kinds that have such a text (optional).</summary>
    public const string AdvicePrefix = "tipoff-advice-";
    public const string AskStoryMore = "tipoff-ask-story-more";
    public const string ConfirmRetry = "tipoff-confirm-retry";
    public const string NotSent = "tipoff-not-sent";
    public const string GaveUp = "tipoff-gave-up";
    public const string Sent = "tipoff-sent";
    public const string SentNextAnonymous = "tipoff-sent-next-anonymous";
    public const string SentNextNamed = "tipoff-sent-next-named";

    public static IEnumerable<string> All =>
    [
        MenuTitle, EmergencyPolice, EmergencyFire, EmergencyMedical, Intro, TooMany, AskCategory, CategoryRetry,
        AskStory, StoryNoted, StoryMediaNoted, StoryEmpty, StoryGoOn, StoryTooLong, MediaTooMany, MediaTooLarge, StoryRetry, StoryHelp,
        AskWhen, AskWhere, AskEvidence, AskEvidenceMore, EvidenceRetry, AskAnonymous, AnonymousYes, AnonymousNo, AskName, AskPhone,
        Summary, SummaryUnknown, SummaryNoEvidence, SummaryEvidence, SummaryAnonymous, AskConfirm, ConfirmRetry, Offer, OfferCategory, OfferDeclined, AskStoryMore, NotSent, GaveUp,
        Sent, SentNextAnonymous, SentNextNamed, .. TipOffCategories.All.Select(c => c.TextKey),
    ];
}
