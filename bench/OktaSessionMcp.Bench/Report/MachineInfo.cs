using System.Globalization;
using System.Runtime.InteropServices;

namespace OktaSessionMcp.Bench.Report;

/// <summary>What the numbers were measured on, read from /proc and /etc.</summary>
internal sealed record MachineInfo(int Cores, string Cpu, double MemoryGiB, string Os, string Kernel, string Runtime)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        Field("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString(),
        double.Parse((Field("/proc/meminfo", "MemTotal", ':') ?? "0").Split(' ')[0], CultureInfo.InvariantCulture) / 1024 / 1024,
        Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription,
        File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "?",
        RuntimeInformation.FrameworkDescription);

    /// <summary>The 1, 5 and 15 minute load averages, as `uptime` prints them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? Field(string file, string name, char separator) =>
        !File.Exists(file) ? null
        : File.ReadLines(file)
            .Where(line => line.StartsWith(name, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
}
