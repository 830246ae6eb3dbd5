using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Refuses at start-up a rate or an interval that would stop notices or flood the outbox.</summary>
internal sealed class BroadcastOptionsValidator : IValidateOptions<BroadcastOptions>
{
    public ValidateOptionsResult Validate(string? name, BroadcastOptions options)
    {
        List<string> problems = [];
        if (options.MessagesPerMinute < 1)
        {
            problems.Add("Broadcasts:MessagesPerMinute must be at least 1.");
        }
        problems.AddRange(options.MessagesPerMinuteByAccount.Where(a => a.Value < 1)
            .Select(a => $"Broadcasts:MessagesPerMinuteByAccount:{a.Key} must be at least 1."));
        if (options.FeedInterval < TimeSpan.FromMilliseconds(10) || options.FeedInterval > TimeSpan.FromSeconds(10))
        {
            problems.Add("Broadcasts:FeedInterval must be from 10 ms to 10 s.");
        }
        if (options.MaxQueued < 1)
        {
            problems.Add("Broadcasts:MaxQueued must be at least 1.");
        }
        if (options.Lookahead < options.FeedInterval)
        {
            problems.Add("Broadcasts:Lookahead must be at least Broadcasts:FeedInterval.");
        }
        if (options.QuietHoursStart < TimeSpan.Zero || options.QuietHoursStart >= TimeSpan.FromDays(1)
            || options.QuietHoursEnd < TimeSpan.Zero || options.QuietHoursEnd >= TimeSpan.FromDays(1))
        {
            problems.Add("Broadcasts:QuietHoursStart and QuietHoursEnd are times of day.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
