using Microsoft.Extensions.Options;

namespace ChatAssistant.Messaging;

/// <summary>Refuses at start-up delays that would retry without pause or give up at once.</summary>
internal sealed class MessagingOptionsValidator : IValidateOptions<MessagingOptions>
{
    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        List<string> problems = [];
        if (options.SendRetryDelay <= TimeSpan.Zero || options.MaxSendRetryDelay < options.SendRetryDelay)
        {
            problems.Add("Messaging:SendRetryDelay must be positive and Messaging:MaxSendRetryDelay at least as long.");
        }
        if (options.MaxAccountPause < options.SendRetryDelay)
        {
            problems.Add("Messaging:MaxAccountPause must be at least Messaging:SendRetryDelay.");
        }
        if (options.SendExpiry <= TimeSpan.Zero)
        {
            problems.Add("Messaging:SendExpiry must be positive (e.g. 1.00:00:00 for a day).");
        }
        // A deadline is a clock timer, and those reach about 49 days.
        if (options.ReplyWindow <= TimeSpan.Zero || options.ReplyWindow > TimeSpan.FromDays(30))
        {
            problems.Add("Messaging:ReplyWindow must be positive and at most 30 days (Zalo's is 7).");
        }
        if (options.MaxMessagesPerResidentPerMinute < 1)
        {
            problems.Add("Messaging:MaxMessagesPerResidentPerMinute must be at least 1.");
        }
        if (options.SentTextRetention < TimeSpan.Zero || options.FailedTextRetention < TimeSpan.Zero)
        {
            problems.Add("Messaging:SentTextRetention and Messaging:FailedTextRetention must not be negative (0 empties the text at once).");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
