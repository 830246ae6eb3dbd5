using System.Globalization;
using ChatAssistant.Features.TipOffs;

namespace ChatAssistant.Tests.Features.TipOffs.Keys;

/// <summary>Evidence files sealed with the tip-off cipher in a folder: enough of the media folder for rotation and retention.</summary>
internal sealed class FolderEvidenceFiles(string folder, TipOffCipher cipher) : IEvidenceFiles
{
    public List<long> Resealed { get; } = [];

    public List<string> Shredded { get; } = [];

    public string Path(string fileName) => System.IO.Path.Combine(folder, fileName);

    public string Store(long evidenceId, byte[] content)
    {
        var name = Guid.NewGuid().ToString("N");
        File.WriteAllBytes(Path(name), cipher.Encrypt(content, Context(evidenceId)));
        return name;
    }

    public byte[] Read(long evidenceId, string fileName) => cipher.Decrypt(File.ReadAllBytes(Path(fileName)), Context(evidenceId));

    public async Task<bool> ResealAsync(long evidenceId, string fileName, CancellationToken cancellationToken)
    {
        var sealedFile = await File.ReadAllBytesAsync(Path(fileName), cancellationToken);
        if (sealedFile[0] == cipher.CurrentKeyId)
        {
            return false;
        }
        var temporary = Path(fileName + ".new");
        await File.WriteAllBytesAsync(temporary, cipher.Encrypt(cipher.Decrypt(sealedFile, Context(evidenceId)), Context(evidenceId)), cancellationToken);
        File.Move(temporary, Path(fileName), overwrite: true);
        Resealed.Add(evidenceId);
        return true;
    }

    public async Task<bool> ShredAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path(fileName);
        if (!File.Exists(path))
        {
            return false;
        }
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            await stream.WriteAsync(new byte[stream.Length], cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        File.Delete(path);
        Shredded.Add(fileName);
        return true;
    }

    private static string Context(long evidenceId) => string.Create(CultureInfo.InvariantCulture, $"tipoff-evidence-file:{evidenceId}");
}
