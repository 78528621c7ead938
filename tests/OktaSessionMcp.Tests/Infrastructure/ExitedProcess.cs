using System.Diagnostics;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>A process run to its end: exit code and both streams. One that outlives its deadline fails the test.</summary>
public sealed record ExitedProcess(int ExitCode, IReadOnlyList<string> Stderr, string Stdout)
{
    public static async Task<ExitedProcess> RunAsync(
        string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan deadline)
    {
        var start = new ProcessStartInfo(executable)
        {
            // stdin stays open: a stdio server that started by mistake waits on it, and the deadline catches that.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Settings inherited from the machine running the tests must not change what is tested.
        foreach (var name in start.Environment.Keys.Where(IsServerSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{Path.GetFileName(executable)} {string.Join(' ', start.ArgumentList)} did not exit within {deadline.TotalSeconds} s. stderr: {await stderr}");
        }

        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
        return new ExitedProcess(process.ExitCode, lines, await stdout);
    }

    private static bool IsServerSetting(string name) =>
        name.StartsWith("OKTA_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("MCP_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("OTEL_", StringComparison.OrdinalIgnoreCase)
        || new[] { "Server__", "Auth__", "Okta__", "Logging__" }.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
