using ChatAssistant.BrowserTests.Chromium;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChatAssistant.BrowserTests;

/// <summary>
/// One Playwright driver and one Chromium for the whole browser collection: starting both costs 2-3 s
/// on two cores, a new context (cookies, storage, viewport of its own) only milliseconds.
/// </summary>
public sealed class BrowserSession(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>An office PC's screen.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>A common phone's screen in CSS pixels: officers and residents use the pages on theirs.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        // Without Chromium nothing starts: skipped tests never ask for a context, and in CI the first one that does
        // fails with the lookup's message (throwing here would fail them with a fixture error instead).
        if (ChromiumLocator.Current.ExecutablePath is not { } executable)
        {
            // The test runner prints a skip's reason only when asked for detail: say it once where everyone sees it.
            diagnostics.OnMessage(new Xunit.Sdk.DiagnosticMessage(ChromiumLocator.Current.SkipReason ?? ChromiumLocator.NotInstalled));
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Containers give /dev/shm 64 MB, which a renderer outgrows on long pages.
            Args = ["--disable-dev-shm-usage"],
        });
    }

    /// <summary>Fails with the lookup's message (the install command) when Chromium could not be started.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(ChromiumLocator.Current.Failure ?? ChromiumLocator.NotInstalled);

    /// <summary>A fresh context (no cookies) whose relative addresses resolve against <paramref name="baseUrl"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseUrl, ViewportSize viewport)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var browser = Browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = viewport,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            IsMobile = viewport.Width < 600,
            HasTouch = viewport.Width < 600,
        });
        // Playwright's 30 s default mostly measures how long a broken test takes to say so.
        context.SetDefaultTimeout(10_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
