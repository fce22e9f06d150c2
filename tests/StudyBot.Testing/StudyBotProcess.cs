using System.Diagnostics;
using System.Text;

namespace StudyBot.Testing;

/// <summary>
/// The built StudyBot program run as a separate process, the way the README runs it: lines go to its
/// standard input, its standard output is collected line by line. Timeouts here only guard against a
/// hung test; nothing waits for time to pass.
/// </summary>
public sealed class StudyBotProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly StringBuilder _errors = new();
    private readonly SemaphoreSlim _newLine = new(0);

    private StudyBotProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Add(e.Data);
            }

            _newLine.Release();
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Every output line so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToList();
            }
        }
    }

    /// <summary>Standard output so far, one "\n" after each line.</summary>
    public string Output => string.Concat(Lines.Select(l => l + "\n"));

    /// <summary>Everything written to standard error (logs).</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>The exit code once exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts StudyBot in <paramref name="workingDirectory"/> with the given arguments.</summary>
    public static StudyBotProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Run on the shipped defaults, whatever the machine running the tests has set: no tokens that
        // would switch on a platform adapter, no other database, no other environment's settings.
        foreach (var key in start.Environment.Keys.Where(IsMachineSetting).ToList())
        {
            start.Environment.Remove(key);
        }

        return new StudyBotProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start StudyBot."));
    }

    /// <summary>Sends one line to standard input.</summary>
    public void Send(string line)
    {
        try
        {
            _process.StandardInput.WriteLine(line);
            _process.StandardInput.Flush();
        }
        catch (IOException) when (_process.HasExited)
        {
            // The script ended the program (:quit) before every line was written; later lines are moot.
        }
    }

    /// <summary>Closes standard input (end of script) and waits for the exit.</summary>
    public async Task<int> EndInputAndWaitAsync(TimeSpan guard)
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException) when (_process.HasExited)
        {
            // Already gone: nothing left to tell it.
        }

        using var timeout = new CancellationTokenSource(guard);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit(); // drains the asynchronous output readers
        return _process.ExitCode;
    }

    /// <summary>Waits until an output line satisfies <paramref name="match"/>; fails the test after <paramref name="guard"/>.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan guard)
    {
        var deadline = Stopwatch.StartNew();
        var seen = 0;
        while (true)
        {
            var lines = Lines;
            for (; seen < lines.Count; seen++)
            {
                if (match(lines[seen]))
                {
                    return lines[seen];
                }
            }

            var left = guard - deadline.Elapsed;
            if (left <= TimeSpan.Zero || _process.HasExited && !await _newLine.WaitAsync(TimeSpan.FromSeconds(1)))
            {
                throw new TimeoutException($"No matching line. Output:\n{string.Join('\n', Lines)}\nErrors:\n{Errors}");
            }

            await _newLine.WaitAsync(left);
        }
    }

    /// <summary>Asks the process to stop, like kill (SIGTERM) or a container stop: shutdown code runs.</summary>
    public void Terminate()
    {
        if (kill(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"Could not send SIGTERM to {_process.Id}.");
        }
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Waits until standard error (the log) has a line satisfying <paramref name="match"/>; fails the test after <paramref name="guard"/>.</summary>
    public async Task WaitForErrorAsync(Func<string, bool> match, TimeSpan guard)
    {
        var deadline = Stopwatch.StartNew();
        while (!Errors.Split('\n').Any(match))
        {
            if (deadline.Elapsed > guard || _process.HasExited)
            {
                throw new TimeoutException($"No matching log line. Errors:\n{Errors}\nOutput:\n{string.Join('\n', Lines)}");
            }

            // Logs arrive on another thread; this only paces the check, it does not wait for time to pass.
            await Task.Delay(20);
        }
    }

    /// <summary>Ends the process at once, like kill -9: no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _newLine.Dispose();
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private static bool IsMachineSetting(string key) =>
        key.StartsWith("Discord__", StringComparison.Ordinal) || key.StartsWith("Slack__", StringComparison.Ordinal)
        || key is "Database__ConnectionString" or "DOTNET_ENVIRONMENT" or "ASPNETCORE_ENVIRONMENT";

    /// <summary>The dotnet muxer running these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    /// <summary>The StudyBot host's own build output, same configuration and framework as the test assembly.</summary>
    private static string Dll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var folder = testOutput; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "StudyBot.Host", "bin", configuration, framework, "StudyBot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Build src/StudyBot.Host first; StudyBot.dll was not found.");
    }
}
