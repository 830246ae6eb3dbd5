using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Accounts;

/// <summary>Refreshes access tokens shortly before they expire, so sends rarely meet an expired token.</summary>
public sealed partial class TokenRefreshService(AccessTokens tokens, AccountDirectory accounts, TimeProvider clock, ILogger<TokenRefreshService> logger)
    : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    /// <summary>Loads the live tokens before the sender may need them.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await tokens.LoadAsync().ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (accounts.IsDevelopmentMode)
        {
            return;
        }
        using var timer = new PeriodicTimer(CheckEvery, clock);
        do
        {
            foreach (var oaId in tokens.DueForRefresh().ToList())
            {
                try
                {
                    await tokens.RefreshAsync(oaId, tokens.Current(oaId)?.Token, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex, oaId);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled token refresh for account {OaId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string oaId);
}
