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
        return FileType(path) is int type && type is not (RegularFile or Directory);
    }

    /// <summary>The S_IFMT bits of the file at <paramref name="path"/>, its links followed; null when it is missing or not known.</summary>
    private static int? FileType(string path)
    {
        // .NET tells no FIFO or device from a regular file (both are FileAttributes.Normal): statx does, and its
        // struct has one layout on every architecture, unlike stat's.
        var buffer = new byte[StatxSize];
        try
        {
            if (Statx(AtFdcwd, path, 0, StatxType, buffer) != 0) { return null; }   // missing: a new regular file
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return BitConverter.ToUInt16(buffer, StatxModeOffset) & FileTypeMask;
    }

    /// <summary>
    /// Opens the FIFO at <paramref name="path"/> for writing once a reader has it open. A blocking open would wait in
    /// the kernel, where Ctrl-C cannot end it: the open is non-blocking (it fails with ENXIO while there is no
    /// reader) and is tried again every 50 ms until <paramref name="cancellationToken"/> is cancelled. Null when the
    /// path is no FIFO (or not on Linux): open it as a file.
    /// </summary>
    public static async Task<FileStream?> OpenFifoAsync(string path, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() || !IsFifo(path)) { return null; }
        while (true)
        {
            int fd = Open(path, OWriteOnly | ONonBlock | OCloseOnExec);
            if (fd >= 0)
            {
                // Written as any pipe is: a write waits for the reader to take the data.
                _ = Fcntl(fd, FSetFl, OWriteOnly);
                return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true), FileAccess.Write, 1 << 16);
            }
            int error = Marshal.GetLastPInvokeError();
            if (error != ENoReader) { throw new IOException($"cannot open the FIFO {path} (errno {error})."); }
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsFifo(string path) => FileType(path) == Fifo;

    private const int OWriteOnly = 0x1;
    private const int ONonBlock = 0x800;
    private const int OCloseOnExec = 0x80000;
    private const int FSetFl = 4;
    private const int ENoReader = 6;   // ENXIO
    private const int Fifo = 0x1000;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);

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
