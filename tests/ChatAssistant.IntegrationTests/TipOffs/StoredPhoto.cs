using System.Security.Cryptography;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>A report of one account with one photo, fetched from the fake Zalo API and sealed by the running host.</summary>
public static class StoredPhoto
{
    /// <summary>Random bytes that start like a JPEG, so the host's sniffer takes them for one.</summary>
    public static byte[] Jpeg(int size)
    {
        var content = RandomNumberGenerator.GetBytes(size);
        ((byte[])[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']).CopyTo(content, 0);
        return content;
    }

    /// <summary>Stores the report and waits until its photo is stored; returns the report's and the evidence's ids.</summary>
    public static async Task<(long TipOffId, long EvidenceId)> ReportAsync(
        ServiceUnderTest service, FakeZaloApi zalo, string oaId, string story, byte[] photo, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(zalo);
        ArgumentNullException.ThrowIfNull(photo);
        var url = zalo.AddMedia(photo, "image/jpeg");
        var (tipOffId, _) = await service.Services.GetRequiredService<TipOffStore>().CreateAsync(
            new NewTipOff(oaId, "traffic", story, Anonymous: true)
            {
                Evidence = [new EvidenceSource("image", url.ToString(), "IMG_0001.jpg", photo.Length, "image/jpeg")],
            });
        service.Services.GetRequiredService<EvidenceArrivals>().Notify();

        var evidence = service.Services.GetRequiredService<EvidenceStore>();
        var deadline = DateTimeOffset.UtcNow + patience;
        while (evidence.List(tipOffId).Single() is { Status: EvidenceStatus.Pending } && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        var item = evidence.List(tipOffId).Single();
        Assert.Equal(EvidenceStatus.Stored, item.Status);
        return (tipOffId, item.Id);
    }
}
