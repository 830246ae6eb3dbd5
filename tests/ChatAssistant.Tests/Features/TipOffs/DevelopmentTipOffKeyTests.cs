using ChatAssistant.Features.TipOffs;
using ChatAssistant.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.TipOffs;

public sealed class DevelopmentTipOffKeyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TipOffOptions Configure(string environment)
    {
        var connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { ConnectionString = $"Data Source={_folder.File("chat.db")}" }));
        var key = new DevelopmentTipOffKey(
            new HostingEnvironment { EnvironmentName = environment }, connections, NullLogger<DevelopmentTipOffKey>.Instance);
        var options = new TipOffOptions();
        key.PostConfigure(Options.DefaultName, options);
        return options;
    }

    [Fact]
    public void DevelopmentGeneratesAKeyOnceAndKeepsItBesideTheDatabase()
    {
        var first = Configure(Environments.Development);
        var second = Configure(Environments.Development);

        Assert.Equal(first.EncryptionKey, second.EncryptionKey);
        Assert.Equal(32, Convert.FromBase64String(first.EncryptionKey!).Length);
        var file = _folder.File(DevelopmentTipOffKey.FileName);
        Assert.Equal(first.EncryptionKey, File.ReadAllText(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void ProductionGetsNoGeneratedKey()
    {
        Assert.Null(Configure(Environments.Production).EncryptionKey);
        Assert.False(File.Exists(_folder.File(DevelopmentTipOffKey.FileName)));
    }
}
