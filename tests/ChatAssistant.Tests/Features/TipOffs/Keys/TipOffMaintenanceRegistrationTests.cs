using System.Text;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;
using ChatAssistant.Features.TipOffs.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.TipOffs.Keys;

public sealed class TipOffMaintenanceRegistrationTests : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly TempFolder _media = new();

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _media.Dispose();
    }

    private ServiceProvider Services(IOptions<TipOffOptions> options, Func<IServiceProvider, IEvidenceFiles>? files = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_database.Connections);
        services.AddSingleton(_database.Writer);
        services.AddSingleton<AuditLog>();
        services.AddSingleton(options);
        services.AddSingleton<TipOffCipher>();
        // Registered with the receipts (AddTipOffs); the maintenance re-seals it.
        services.AddSingleton<ReceiptTagKey>();
        if (files is not null)
        {
            services.AddSingleton(files);
        }
        services.AddTipOffMaintenance();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public async Task WithoutAnEvidenceStoreBothServicesRunAndTheHostStartsThem()
    {
        await using var provider = Services(TipOffKeys.Options());

        var hosted = provider.GetServices<IHostedService>().ToList();

        Assert.Equal(2, hosted.Count);
        Assert.Contains(provider.GetRequiredService<TipOffRekeying>(), hosted);
        Assert.Contains(provider.GetRequiredService<TipOffRetention>(), hosted);
        Assert.Equal(RekeyPass.None, await provider.GetRequiredService<TipOffRekeying>().RekeyAsync());
        Assert.Equal(0, await provider.GetRequiredService<TipOffRetention>().PurgeAsync());
    }

    [Fact]
    public async Task ARegisteredEvidenceStoreIsAskedToResealTheFiles()
    {
        var oldKey = TipOffKeys.NewKey();
        var before = new TipOffParts(_database, TipOffKeys.Options(oldKey));
        var (id, _) = await before.Store.CreateAsync(new NewTipOff("oa-1", "theft", "Mất xe", true) { Evidence = [new EvidenceSource("image", "https://zalo.example/1")] });
        await before.StoreEvidenceAsync(id, new FolderEvidenceFiles(_media.Path, before.Cipher), Encoding.UTF8.GetBytes("ảnh"));
        await using var provider = Services(
            TipOffKeys.Options(TipOffKeys.NewKeyUnlike(oldKey), oldKey),
            services => new FolderEvidenceFiles(_media.Path, services.GetRequiredService<TipOffCipher>()));

        var pass = await provider.GetRequiredService<TipOffRekeying>().RekeyAsync();

        Assert.Equal(1, pass.Files);
        Assert.Single(((FolderEvidenceFiles)provider.GetRequiredService<IEvidenceFiles>()).Resealed);
    }
}
