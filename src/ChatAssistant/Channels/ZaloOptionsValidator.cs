using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels;

/// <summary>Checks the Zalo section at start-up; every message names the configuration key to fix.</summary>
internal sealed class ZaloOptionsValidator(IHostEnvironment environment) : IValidateOptions<ZaloOptions>
{
    public ValidateOptionsResult Validate(string? name, ZaloOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.WebhookSecretKey))
        {
            problems.Add(environment.IsProduction()
                ? "Zalo:WebhookSecretKey is required in Production (the OA secret key from the app's webhook settings); set it with the environment variable Zalo__WebhookSecretKey."
                : "Zalo:WebhookSecretKey is empty.");
        }
        if (options.Accounts.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(options.AppId))
            {
                problems.Add("Zalo:AppId is required when Zalo:Accounts are configured.");
            }
            if (string.IsNullOrWhiteSpace(options.AppSecret))
            {
                problems.Add("Zalo:AppSecret is required when Zalo:Accounts are configured (it refreshes the access tokens).");
            }
        }
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            if (string.IsNullOrWhiteSpace(account.OaId))
            {
                problems.Add($"Zalo:Accounts:{i}:OaId is required.");
            }
            if (string.IsNullOrWhiteSpace(account.AccessToken) && string.IsNullOrWhiteSpace(account.RefreshToken))
            {
                problems.Add($"Zalo:Accounts:{i}:RefreshToken (or AccessToken) is required for account '{account.OaId}'.");
            }
        }
        var duplicates = options.Accounts.GroupBy(a => a.OaId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            problems.Add($"Zalo:Accounts lists the same OaId more than once: {string.Join(", ", duplicates)}.");
        }
        if (options.MessagesPerMinutePerAccount <= 0)
        {
            problems.Add("Zalo:MessagesPerMinutePerAccount must be a positive number.");
        }
        foreach (var (key, url) in new[] { ("ApiBaseUrl", options.ApiBaseUrl), ("OAuthBaseUrl", options.OAuthBaseUrl), ("ZnsBaseUrl", options.ZnsBaseUrl) })
        {
            if (url is null || !url.IsAbsoluteUri)
            {
                problems.Add($"Zalo:{key} must be an absolute URL.");
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
