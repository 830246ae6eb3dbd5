namespace ChatAssistant.IntegrationTests.Metrics;

/// <summary>
/// Runs alone: an exporter listens to every meter of the service's name in the process, so a host started by a test
/// running beside it would move the counters a test compares.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsScrapesRunAlone
{
    public const string Name = "metrics";
}
