using System.Diagnostics;

namespace StudyBot.Testing;

/// <summary>
/// A small tmpfs file system of the test's own, to run StudyBot on a disk that fills up or turns read-only for real.
/// Mounting needs root (CI runs as root); where it is not allowed, <see cref="TryMount"/> says so and the test skips.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    /// <summary>Where it is mounted.</summary>
    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler");

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB, or returns null when this machine does not allow it.</summary>
    public static TmpfsMount? TryMount(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("studybot-tmpfs-").FullName;
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path) == 0)
        {
            return new TmpfsMount(path);
        }

        Directory.Delete(path);
        return null;
    }

    /// <summary>Fills the disk to the last byte.</summary>
    public void Fill()
    {
        using var filler = new FileStream(Filler, FileMode.Append, FileAccess.Write);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                filler.Write(block);
                filler.Flush();
            }
        }
        catch (IOException)
        {
            // No space left: that was the point.
        }
    }

    /// <summary>Makes room again.</summary>
    public void Free() => File.Delete(Filler);

    /// <summary>Remounts it read-only.</summary>
    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Lazy unmount may still hold it a moment; the OS cleans temp folders.
        }
    }

    private static int Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // no such program
        }
    }
}
