using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Reminders;

/// <summary>Stops start-up on a reminder setting that would fail later, at the first reminder.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        var problems = new List<string>();
        for (var i = 0; i < options.Rules.Count; i++)
        {
            if (options.Rules[i].Problem() is { } problem)
            {
                problems.Add($"Reminders:Rules:{i}: {problem}.");
            }
        }
        var duplicate = options.Rules.Where(r => r.Problem() is null).GroupBy(r => r.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add($"Reminders:Rules: the rule {duplicate.Key} is listed twice.");
        }
        if (!IsTimeOfDay(options.ZnsQuietHoursStart) || !IsTimeOfDay(options.ZnsQuietHoursEnd))
        {
            problems.Add("Reminders:ZnsQuietHoursStart and ZnsQuietHoursEnd must be times of day (e.g. \"22:00\", \"06:00\").");
        }
        if (options.InteractionWindow <= TimeSpan.Zero)
        {
            problems.Add("Reminders:InteractionWindow must be positive.");
        }
        if (options.ZnsAttempts is < 1 or > 20)
        {
            problems.Add("Reminders:ZnsAttempts must be between 1 and 20.");
        }
        if (options.ZnsRetryDelay <= TimeSpan.Zero)
        {
            problems.Add("Reminders:ZnsRetryDelay must be positive.");
        }
        if (options.MaxConcurrentReminders is < 1 or > 200)
        {
            problems.Add("Reminders:MaxConcurrentReminders must be between 1 and 200.");
        }
        if (options.MisfireThreshold <= TimeSpan.Zero)
        {
            problems.Add("Reminders:MisfireThreshold must be positive.");
        }
        if (options.StoreSynchronous.ToUpperInvariant() is not ("OFF" or "NORMAL" or "FULL" or "EXTRA"))
        {
            problems.Add("Reminders:StoreSynchronous must be OFF, NORMAL, FULL or EXTRA.");
        }
        if (options.ZnsTemplateId is { Length: > 0 } id && !id.All(char.IsAsciiLetterOrDigit))
        {
            problems.Add("Reminders:ZnsTemplateId must be the template's id as Zalo shows it (letters and digits).");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsTimeOfDay(TimeSpan time) => time >= TimeSpan.Zero && time < TimeSpan.FromDays(1);
}
