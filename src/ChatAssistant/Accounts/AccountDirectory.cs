using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Accounts;

/// <summary>The official accounts served: those configured, or the one development account.</summary>
public sealed class AccountDirectory
{
    private readonly Dictionary<string, ServedAccount> _byId;

    public AccountDirectory(IOptions<ZaloOptions> zalo, IOptions<DevelopmentAccountOptions> development)
    {
        IsDevelopmentMode = zalo.Value.Accounts.Count == 0;
        Accounts = IsDevelopmentMode
            ? [new ServedAccount(development.Value.OaId, development.Value.OaName)]
            : [.. zalo.Value.Accounts.Select(a => new ServedAccount(a.OaId, string.IsNullOrWhiteSpace(a.Name) ? a.OaId : a.Name))];
        _byId = Accounts.ToDictionary(a => a.OaId, StringComparer.Ordinal);
    }

    /// <summary>No Zalo account configured: messages go to the development sink and the simulator is on.</summary>
    public bool IsDevelopmentMode { get; }

    public IReadOnlyList<ServedAccount> Accounts { get; }

    public bool Serves(string oaId) => _byId.ContainsKey(oaId);
}
