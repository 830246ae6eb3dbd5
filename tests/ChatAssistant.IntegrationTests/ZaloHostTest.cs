using ChatAssistant.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests;

/// <summary>Base of tests that need the host serving one account, a fake Zalo API with valid seed tokens, and a fresh database.</summary>
public abstract class ZaloHostTest : IAsyncLifetime
{
    protected TempFolder Folder { get; } = new();
    protected FakeZaloApi Zalo { get; private set; } = null!;
    protected ServiceUnderTest Service { get; private set; } = null!;

    /// <summary>Services a test class replaces in the host.</summary>
    protected virtual void Override(IServiceCollection services)
    {
    }

    /// <summary>Configuration a test class adds to the host's (e.g. <c>PublicPages:BaseUrl</c>).</summary>
    protected virtual IDictionary<string, string>? Settings => null;

    /// <summary>The clock of the host and of the fake Zalo API; a test class may give a <see cref="ManualClock"/>.</summary>
    protected virtual TimeProvider? Clock => null;

    public async Task InitializeAsync()
    {
        Zalo = await FakeZaloApi.StartAsync(Clock);
        Zalo.IssueTokens(ServiceUnderTest.SeedAccessToken, ServiceUnderTest.SeedRefreshToken);
        Service = await ServiceUnderTest.StartAsync(Folder.File("service.db"), Zalo, Settings, services =>
        {
            if (Clock is { } clock)
            {
                services.AddSingleton(clock);
            }
            Override(services);
        });
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Zalo.DisposeAsync();
        Folder.Dispose();
    }
}
