using System.Text;

namespace ChatAssistant.Tests.Features.TipOffs.Keys;

/// <summary>The raw bytes of the database file and its WAL, as anyone who copied them would see them.</summary>
internal static class DatabaseBytes
{
    public static byte[] Read(TestDatabase database)
    {
        using var bytes = new MemoryStream();
        foreach (var file in Directory.GetFiles(database.Folder.Path, "chat.db*"))
        {
            // Read while the writer holds the file open: share it rather than take a lock.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(bytes);
        }
        return bytes.ToArray();
    }

    public static bool Contains(byte[] haystack, string text) => Contains(haystack, Encoding.UTF8.GetBytes(text));

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
