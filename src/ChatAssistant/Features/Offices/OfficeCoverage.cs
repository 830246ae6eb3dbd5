using ChatAssistant.Accounts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Features.Offices;

/// <summary>
/// Warns at start-up about served accounts that dialogs/offices.yaml does not describe. A warning, not a refusal:
/// everything else the bot does works without it, and residents who ask are sent to an officer.
/// </summary>
public sealed partial class OfficeCoverage(AccountDirectory accounts, OfficeDirectory offices, ILogger<OfficeCoverage> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var account in accounts.Accounts.Where(a => offices.UnitOf(a.OaId) is null))
        {
            LogMissing(account.OaId, OfficeDirectory.FileName);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {OaId} has no offices in dialogs/{File}: residents asking for the address will be sent to an officer.")]
    private partial void LogMissing(string oaId, string file);
}
