using System.Globalization;

namespace OktaSessionMcp.Bench.Processes;

/// <summary>What Linux reports about a process in /proc: CPU time used and resident memory.</summary>
internal static class ProcStats
{
    private static readonly double TickSeconds = 1.0 / ClockTicksPerSecond();

    /// <summary>utime + stime of the process, in seconds (resolution: one clock tick, usually 10 ms).</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name is in parentheses and may contain spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the name, field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * TickSeconds;
    }

    /// <summary>VmRSS in MiB.</summary>
    public static double RssMiB(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kib = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        throw new InvalidOperationException($"No VmRSS for process {pid}.");
    }

    // sysconf(_SC_CLK_TCK) is 100 on every Linux the bench targets; CLK_TCK is fixed in the kernel ABI.
    private static int ClockTicksPerSecond() => 100;
}
