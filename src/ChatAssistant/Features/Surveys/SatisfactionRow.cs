namespace ChatAssistant.Features.Surveys;

/// <summary>The satisfaction of one service in one month (Asia/Ho_Chi_Minh).</summary>
/// <param name="Month">As <c>yyyy-MM</c>.</param>
/// <param name="SatisfiedPercent">The share of ratings of 4 or 5: the satisfaction index, as public-service surveys count it.</param>
public sealed record SatisfactionRow(string ServiceId, string Month, int Responses, double AverageRating, double SatisfiedPercent);
