using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs;

/// <summary>Checks the TipOffs section at start-up; every message names the configuration key to fix.</summary>
internal sealed class TipOffOptionsValidator(IHostEnvironment environment) : IValidateOptions<TipOffOptions>
{
    public const int MinimumIterations = 10_000;

    public ValidateOptionsResult Validate(string? name, TipOffOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            problems.Add(environment.IsProduction()
                ? "TipOffs:EncryptionKey is required in Production (base64 of 32 random bytes, e.g. from 'openssl rand -base64 32'); set it with the environment variable TipOffs__EncryptionKey."
                : "TipOffs:EncryptionKey is empty.");
        }
        else if (!IsKey(options.EncryptionKey))
        {
            problems.Add("TipOffs:EncryptionKey must be base64 of exactly 32 bytes.");
        }
        for (var i = 0; i < options.PreviousEncryptionKeys.Count; i++)
        {
            if (!IsKey(options.PreviousEncryptionKeys[i]))
            {
                problems.Add($"TipOffs:PreviousEncryptionKeys:{i} must be base64 of exactly 32 bytes.");
            }
        }
        if (options.RetentionDays <= 0)
        {
            problems.Add("TipOffs:RetentionDays must be a positive number of days.");
        }
        if (options.MaxReportsPerHour <= 0)
        {
            problems.Add("TipOffs:MaxReportsPerHour must be a positive number.");
        }
        if (options.MaxTextLength is < 100 or > 100_000)
        {
            problems.Add("TipOffs:MaxTextLength must be between 100 and 100000 characters.");
        }
        if (options.MaxEvidenceFiles is < 0 or > 100)
        {
            problems.Add("TipOffs:MaxEvidenceFiles must be between 0 and 100.");
        }
        if (options.ReceiptHashIterations < MinimumIterations)
        {
            problems.Add($"TipOffs:ReceiptHashIterations must be at least {MinimumIterations}.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    internal static bool IsKey(string? base64)
    {
        Span<byte> key = stackalloc byte[33];
        return base64 is not null && Convert.TryFromBase64String(base64.Trim(), key, out var written) && written == 32;
    }
}
