using ChatAssistant.Conversations;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>
/// The times the media folder shows, kept to the hour. A file is written seconds after its report is sent, so its
/// times, or the folder's, to the second would give the time an anonymous report keeps only to the hour
/// (<c>tipoffs.created_at</c>).
/// </summary>
/// <remarks>
/// Only the last-write and last-access times can be set. The inode change time (which the kernel sets to now on every
/// change, setting these times included) and the birth time are the kernel's and cannot be changed from user space.
/// The orphan sweep ages files by their last-write time knowing it may be up to an hour early.
/// </remarks>
internal static class EvidenceFileTimes
{
    /// <summary>The file's last-write and last-access times become the start of <paramref name="at"/>'s hour.</summary>
    public static void Stamp(string path, DateTimeOffset at)
    {
        var hour = FlowTraces.ToTheHour(at).UtcDateTime;
        File.SetLastWriteTimeUtc(path, hour);
        File.SetLastAccessTimeUtc(path, hour);
    }

    /// <summary>A file was added to or removed from <paramref name="folder"/>: its last-write time becomes the start of <paramref name="at"/>'s hour.</summary>
    public static void FolderChanged(string folder, DateTimeOffset at) =>
        Directory.SetLastWriteTimeUtc(folder, FlowTraces.ToTheHour(at).UtcDateTime);
}
