using System.Xml.Linq;
using ChatAssistant.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The folder of the keys that sign console sessions, whose files are readable by the service's user only.</summary>
/// <remarks>
/// The data protection system writes its files with the process's default mode (0644 under the usual umask). The
/// folder is created owner-only, so nobody else could open them there, but a copy made by a backup tool keeps each
/// file's own mode: every file is narrowed as soon as it is written, and those an older version wrote when the
/// folder is opened.
/// </remarks>
public sealed class ConsoleKeyFiles : FileSystemXmlRepository
{
    private ConsoleKeyFiles(DirectoryInfo directory, ILoggerFactory logs)
        : base(directory, logs)
    {
    }

    public static ConsoleKeyFiles Open(string folder, ILoggerFactory logs)
    {
        var keys = new ConsoleKeyFiles(OwnerOnlyFiles.CreateFolder(folder), logs);
        keys.NarrowAll();
        return keys;
    }

    public override void StoreElement(XElement element, string friendlyName)
    {
        base.StoreElement(element, friendlyName);
        NarrowAll();
    }

    private void NarrowAll()
    {
        foreach (var file in Directory.EnumerateFiles())
        {
            OwnerOnlyFiles.Narrow(file.FullName);
        }
    }
}
