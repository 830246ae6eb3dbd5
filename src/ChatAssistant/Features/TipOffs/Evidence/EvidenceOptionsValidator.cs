using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Checks the <c>TipOffs:Evidence</c> section at start-up, naming the key at fault.</summary>
internal sealed class EvidenceOptionsValidator : IValidateOptions<EvidenceOptions>
{
    public ValidateOptionsResult Validate(string? name, EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.MediaFolder))
        {
            problems.Add("TipOffs:Evidence:MediaFolder is empty.");
        }
        if (options.MaxFileBytes <= 0)
        {
            problems.Add("TipOffs:Evidence:MaxFileBytes must be a positive number of bytes.");
        }
        for (var i = 0; i < options.AllowedContentTypes.Count; i++)
        {
            if (!MediaSniffer.Recognizes(options.AllowedContentTypes[i]))
            {
                problems.Add($"TipOffs:Evidence:AllowedContentTypes:{i} ('{options.AllowedContentTypes[i]}') is not a type the service recognises; "
                    + $"known: {string.Join(", ", EvidenceOptions.DefaultContentTypes)}.");
            }
        }
        if (options.AllowedContentTypes.Count == 0)
        {
            problems.Add("TipOffs:Evidence:AllowedContentTypes is empty.");
        }
        for (var i = 0; i < options.AllowedHosts.Count; i++)
        {
            if (Uri.CheckHostName(options.AllowedHosts[i]) == UriHostNameType.Unknown)
            {
                problems.Add($"TipOffs:Evidence:AllowedHosts:{i} must be a host name such as zdn.vn, without scheme or path.");
            }
        }
        if (options.AllowedHosts.Count == 0)
        {
            problems.Add("TipOffs:Evidence:AllowedHosts is empty.");
        }
        if (options.MaxAttempts < 1)
        {
            problems.Add("TipOffs:Evidence:MaxAttempts must be at least 1.");
        }
        if (options.FetchTimeout <= TimeSpan.Zero)
        {
            problems.Add("TipOffs:Evidence:FetchTimeout must be positive.");
        }
        if (options.RetryDelay <= TimeSpan.Zero)
        {
            problems.Add("TipOffs:Evidence:RetryDelay must be positive.");
        }
        if (options.ViewingWindow < TimeSpan.Zero)
        {
            problems.Add("TipOffs:Evidence:ViewingWindow must not be negative.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
