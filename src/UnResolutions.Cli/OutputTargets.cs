using System.Globalization;
using System.Runtime.InteropServices;

namespace UnResolutions.Cli;

/// <summary>
/// What an <c>--out</c> path names when it is not a file to replace: a file descriptor (<c>/dev/stdout</c>,
/// <c>/dev/fd/N</c>, <c>/proc/self/fd/N</c>, through any chain of links) or an existing file that is not a regular
/// file (a FIFO, a character or block device such as <c>/dev/null</c>, a socket). Those are written to as a stream:
/// renaming a temporary file onto them would replace the device or the pipe with a regular file.
/// </summary>
internal static partial class OutputTargets
{
    /// <summary>The file descriptor that <paramref name="path"/> names through its links (1 for <c>/dev/stdout</c>), else null.</summary>
    public static int? FileDescriptor(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) { return null; }
        string current = Path.GetFullPath(path);
        // A chain of links is followed hop by hop (the kernel stops at 40): /dev/stdout → /proc/self/fd/1 → the file
        // the shell opened, which must be written through the descriptor, not replaced.
        for (int hop = 0; hop < 40; hop++)
        {
            if (DescriptorOf(current) is int fd) { return fd; }
            string? target;
            try { target = new FileInfo(current).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
            if (target == null) { return null; }
            current = Path.GetFullPath(target, Path.GetDirectoryName(current)!);
        }
        return null;
    }

    private static int? DescriptorOf(string path)
    {
        switch (path)
        {
            case "/dev/stdout": return 1;
            case "/dev/stderr": return 2;
        }
        foreach (string folder in (ReadOnlySpan<string>)["/dev/fd/", "/proc/self/fd/", $"/proc/{Environment.ProcessId}/fd/"])
        {
            if (path.StartsWith(folder, StringComparison.Ordinal)
                && int.TryParse(path.AsSpan(folder.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int fd))
            {
                return fd;
            }
        }
        return null;
    }

    /// <summary>
    /// True when <paramref name="path"/> (its links followed) exists and is neither a regular file nor a folder. Known on
    /// Linux (statx); elsewhere false, and the path is replaced as a regular file would be.
    /// </summary>
    public static bool IsSpecialFile(string path)
    {
        if (!OperatingSystem.IsLinux()) { return false; }
        // .NET tells no FIFO or device from a regular file (both are FileAttributes.Normal): statx does, and its
        // struct has one layout on every architecture, unlike stat's.
        var buffer = new byte[StatxSize];
        try
        {
            if (Statx(AtFdcwd, path, 0, StatxType, buffer) != 0) { return false; }   // missing: a new regular file
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        int type = BitConverter.ToUInt16(buffer, StatxModeOffset) & FileTypeMask;
        return type is not (RegularFile or Directory);
    }

    private const int AtFdcwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int StatxModeOffset = 28;   // __u32 mask, blksize; __u64 attributes; __u32 nlink, uid, gid; __u16 mode
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, byte[] buffer);
}
