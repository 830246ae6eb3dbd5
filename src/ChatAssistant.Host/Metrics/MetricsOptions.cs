namespace ChatAssistant.Host.Metrics;

/// <summary>The <c>Metrics</c> section: whether <c>/metrics</c> is served, and to whom.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Off by default: nothing is collected or served until an operator asks for it.</summary>
    public bool Enabled { get; set; }

    /// <summary>When set, a scrape must also send <c>Authorization: Bearer</c> with it.</summary>
    public string? Token { get; set; }

    /// <summary>The networks a scrape may come from (<c>10.0.0.0/24</c>); none: this machine only (loopback).</summary>
    public List<string> AllowedNetworks { get; set; } = [];
}
