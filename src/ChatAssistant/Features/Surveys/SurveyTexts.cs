namespace ChatAssistant.Features.Surveys;

/// <summary>The keys of dialogs/texts/surveys.yaml.</summary>
public static class SurveyTexts
{
    public const string AskRating = "survey-ask-rating";
    public const string Rating1 = "survey-rating-1";
    public const string Rating2 = "survey-rating-2";
    public const string Rating3 = "survey-rating-3";
    public const string Rating4 = "survey-rating-4";
    public const string Rating5 = "survey-rating-5";
    public const string RatingRetry = "survey-rating-retry";
    public const string AskComment = "survey-ask-comment";
    public const string Thanks = "survey-thanks";
    public const string NoAnswer = "survey-no-answer";

    public static string[] All => [AskRating, Rating1, Rating2, Rating3, Rating4, Rating5, RatingRetry, AskComment, Thanks, NoAnswer];
}
