using System.Globalization;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Webhooks;

/// <summary>Stops start-up on a freshness window the deduplication window does not cover.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var problems = new List<string>();
        if (options.MaxEventAge <= TimeSpan.Zero)
        {
            problems.Add("Webhooks:MaxEventAge must be positive.");
        }
        if (options.MaxClockSkew < TimeSpan.Zero)
        {
            problems.Add("Webhooks:MaxClockSkew must not be negative.");
        }
        var fresh = options.MaxEventAge + options.MaxClockSkew;
        if (options.DedupWindow < fresh)
        {
            // An event is fresh from MaxClockSkew before its timestamp to MaxEventAge after it: its key must outlive that span.
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"Webhooks:DedupWindow ({options.DedupWindow:c}) must be at least Webhooks:MaxEventAge + Webhooks:MaxClockSkew ({fresh:c}): an event Zalo delivers again while it is still fresh would otherwise be answered twice."));
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
