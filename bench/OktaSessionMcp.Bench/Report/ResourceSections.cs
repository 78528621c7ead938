using System.Globalization;

namespace OktaSessionMcp.Bench.Report;

/// <summary>The report's sections on memory, start-up and connections to Okta.</summary>
internal static class ResourceSections
{
    public static void Memory(BenchResults r, Action<FormattableString> line)
    {
        line($"## Memory");
        line($"");
        line($"Resident set size (VmRSS from `/proc/<pid>/status`) of a fresh stateful server. The bench forces no GC (the server runs one 1 s after 100 or more sessions close); each reading is taken");
        line($"after {r.Memory.FirstOrDefault()?.Settle.TotalSeconds ?? 0:0} s with no traffic, as an operator watching the process would see it. Sessions are");
        line($"opened as a client does (initialize, then notifications/initialized), eight at a time, kept open, then each closed with DELETE.");
        line($"Then the same again: if the second round ends where the first did, what stays is memory the runtime keeps for reuse");
        line($"(no full GC has run since, or it has not returned the pages), not sessions that leak.");
        line($"");
        line($"| build | idle MiB | sessions | with them open MiB | added MiB | after DELETE MiB | after DELETE vs idle | after a second round MiB |");
        line($"|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var m in r.Memory)
        {
            line($"| {m.Build} | {m.Idle:0.0} | {m.Sessions:N0} | {m.Open:0.0} | {m.AddedBySessions:0.0} | {m.Closed:0.0} | {m.ResidueFraction:+0%;-0%} | {m.SecondRound:0.0} |");
        }

        line($"");
    }

    public static void Startup(BenchResults r, Action<FormattableString> line)
    {
        line($"## Start-up");
        line($"");
        line($"From just before the process is created to the first successful `tools/list` answer (polled every 2 ms), over");
        line($"{r.Settings.StartupRuns} launches of a stateless server per build.");
        line($"");
        line($"The CPU column is the process's own CPU time (utime + stime) at that moment: on a busy machine the wall-clock time");
        line($"stretches with the load, the CPU time much less. RSS is read right after that first answer.");
        line($"");
        line($"| build | median ms | min ms | max ms | CPU ms (median) | RSS MiB (median) | how it was built |");
        line($"|---|--:|--:|--:|--:|--:|---|");
        foreach (var s in r.Startups)
        {
            if (s.Runs.Count == 0)
            {
                line($"| {s.Build} | – | – | – | – | – | failed: {s.Note.ReplaceLineEndings(" ")} |");
            }
            else
            {
                line($"| {s.Build} | {s.Median:0} | {s.Min:0} | {s.Max:0} | {s.CpuMedian:0} | {s.RssMedian:0.0} | {s.Note} |");
            }
        }

        line($"");
    }

    public static void Connections(BenchResults r, Action<FormattableString> line)
    {
        if (r.Connections is not { } c)
        {
            return;
        }

        line($"## Connections to Okta");
        line($"");
        line($"The stateless server served {c.Calls:N0} calls that each made one Okta call (MCP and REST, every concurrency, warm-ups");
        line($"included, ending with {c.DedicatedCalls:N0} MCP calls at concurrency {c.Concurrency}, {c.DedicatedFailures} failed). Over its whole life it opened");
        line($"**{c.OpenedByServer + c.Unattributed} connections** to the simulator ({c.OpenedByServer} seen open in the server's own file descriptors,");
        line($"{c.Unattributed} never seen open), against a limit of {c.Concurrency}, the highest concurrency.");
        line($"");
        line($"How they were counted: the kernel's TCP table (`/proc/net/tcp`) was sampled every second from the server's start, and every");
        line($"entry with the simulator's port at either end was recorded by its client-side port. An entry is the server's when its");
        line($"inode is one of the sockets in `/proc/<server pid>/fd`. A connection opened and closed between two samples would still");
        line($"be seen: the side that closes first keeps it in TIME_WAIT for 60 s, and it would count as unattributed.");
        line($"");
    }
}
