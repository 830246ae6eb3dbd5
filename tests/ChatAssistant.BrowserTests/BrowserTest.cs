using System.Runtime.CompilerServices;
using ChatAssistant.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAssistant.BrowserTests;

/// <summary>
/// Base of browser tests: a fresh host (fake Zalo API, SQLite file of its own) and a fresh page per test, on the
/// collection's shared Chromium (the collection is inherited). A test class derives, passes the session on and marks
/// its tests <see cref="BrowserFactAttribute"/>: <c>public sealed class XTests(BrowserSession b) : BrowserTest(b)</c>.
/// Wrap the steps in <see cref="RunAsync"/> to get a screenshot of every open page when they fail.
/// </summary>
[Collection(SharedChromium.Name)]
public abstract class BrowserTest(BrowserSession browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private IPage? _page;

    /// <summary>The service under test, with its DI container in <see cref="BrowserHost.Services"/>.</summary>
    protected BrowserHost Service { get; private set; } = null!;

    /// <summary>The fake Zalo API the host sends through: what residents would have received.</summary>
    protected FakeZaloApi Zalo => Service.Zalo;

    /// <summary>A fresh desktop page (its own cookies) on the host; relative addresses go to the host.</summary>
    protected IPage Page => _page ?? throw new InvalidOperationException("The page opens in InitializeAsync.");

    /// <summary>Settings a test class adds to the host's.</summary>
    protected virtual IDictionary<string, string> HostSettings => new Dictionary<string, string>();

    /// <summary>The clock the host and the fake follow; the system clock unless a test class sets one.</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>Replaces the host's services, after its own registrations.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        // Without Chromium (in CI) the test fails here, with the install command, before a host is started for nothing.
        _ = browser.Browser;
        Service = await BrowserHost.StartAsync(HostSettings, ConfigureServices, Clock);
        _page = await NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }
    }

    /// <summary>Another page in a context of its own: a second officer, or a phone (<see cref="BrowserSession.Phone"/>).</summary>
    protected async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await browser.NewContextAsync(Service.BaseUrl, viewport ?? BrowserSession.Desktop);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A service from the host's container (singletons; open a scope for scoped ones).</summary>
    protected T Resolve<T>() where T : notnull => Service.Services.GetRequiredService<T>();

    /// <summary>Runs <paramref name="work"/> in a scope of the host's container, as a request would (for scoped services).</summary>
    protected async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Service.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="steps"/>; when they throw, saves every open page as <c>Class.Test.failed.png</c> first.</summary>
    protected async Task RunAsync(Func<Task> steps, [CallerMemberName] string test = "")
    {
        ArgumentNullException.ThrowIfNull(steps);
        try
        {
            await steps();
        }
        catch (Exception)
        {
            await SaveFailureScreenshotsAsync($"{GetType().Name}.{test}.failed");
            throw;
        }
    }

    private async Task SaveFailureScreenshotsAsync(string name)
    {
        var pages = _contexts.SelectMany(c => c.Pages).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            try
            {
                await Screenshots.SaveAsync(pages[i], i == 0 ? name : $"{name}-{i + 1}");
            }
            catch (PlaywrightException)
            {
                // A crashed or closed page cannot be pictured; the test's own failure is what matters.
            }
        }
    }
}
