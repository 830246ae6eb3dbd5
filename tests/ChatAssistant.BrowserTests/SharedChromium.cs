namespace ChatAssistant.BrowserTests;

/// <summary>
/// Every browser test class joins this collection (<see cref="BrowserTest"/> carries it): they share one <see cref="BrowserSession"/> and run one after
/// another, which also keeps a two-core machine from running several hosts and renderers at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<BrowserSession>
{
    public const string Name = "Browser";
}
