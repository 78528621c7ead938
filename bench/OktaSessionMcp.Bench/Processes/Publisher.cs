using System.Diagnostics;

namespace OktaSessionMcp.Bench.Processes;

/// <summary>Publishes the server (ReadyToRun or Native AOT) with the SDK, into the bench's bin folder.</summary>
internal static class Publisher
{
    public const string NativeBuildName = "Native AOT (published)";

    public sealed record Outcome(ServerBuild? Build, string Note);

    public static async Task<Outcome> ReadyToRunAsync(RepoPaths paths, CancellationToken cancellationToken)
    {
        var output = paths.PublishDirectory("r2r");
        // PublishAot is on in the project: these flavours turn it off.
        var error = IsUpToDate(paths, Path.Combine(output, "OktaSessionMcp.dll")) ? null : await PublishAsync(paths, "r2r", ["-p:PublishAot=false", "-p:PublishReadyToRun=true", "--self-contained", "false"], TimeSpan.FromMinutes(4), cancellationToken);
        return error is null
            ? new Outcome(ServerBuild.Dll("ReadyToRun (published)", Path.Combine(output, "OktaSessionMcp.dll")),
                "`dotnet publish -c Release -r linux-x64 -p:PublishAot=false --self-contained false -p:PublishReadyToRun=true`")
            : new Outcome(null, error);
    }

    public static async Task<Outcome> CompositeAsync(RepoPaths paths, CancellationToken cancellationToken)
    {
        var output = paths.PublishDirectory("composite");
        var properties = new[] { "-p:PublishAot=false", "--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true" };
        var error = IsUpToDate(paths, Path.Combine(output, "OktaSessionMcp")) ? null : await PublishAsync(paths, "composite", properties, TimeSpan.FromMinutes(15), cancellationToken);
        return error is null
            ? new Outcome(new ServerBuild("ReadyToRun composite, self-contained (published)", Path.Combine(output, "OktaSessionMcp"), [], new Dictionary<string, string>()),
                "`dotnet publish -c Release -r linux-x64 -p:PublishAot=false --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true`")
            : new Outcome(null, error);
    }

    public static async Task<Outcome> NativeAotAsync(RepoPaths paths, CancellationToken cancellationToken)
    {
        var output = paths.PublishDirectory("aot");
        var error = IsUpToDate(paths, Path.Combine(output, "OktaSessionMcp")) ? null : await PublishAsync(paths, "aot", ["-p:PublishAot=true"], TimeSpan.FromMinutes(15), cancellationToken);
        return error is null
            ? new Outcome(new ServerBuild(NativeBuildName, Path.Combine(output, "OktaSessionMcp"), [], new Dictionary<string, string>()),
                "`dotnet publish -c Release -r linux-x64 -p:PublishAot=true`, run as `./OktaSessionMcp`")
            : new Outcome(null, error);
    }

    /// <summary>
    /// Whether a publish is newer than every source and project file under src/ and the root build files. The SDK's own
    /// incremental publish would find out too, but re-evaluating four projects for another runtime identifier costs
    /// tens of seconds of the bench's budget.
    /// </summary>
    private static bool IsUpToDate(RepoPaths paths, string published)
    {
        if (!File.Exists(published))
        {
            return false;
        }

        var inputs = Directory.EnumerateFiles(Path.Combine(paths.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(paths.Root, "Directory.*"));
        var newestInput = inputs.Max(File.GetLastWriteTimeUtc);
        return File.GetLastWriteTimeUtc(published) > newestInput;
    }

    /// <returns>Null on success, else the last lines of the SDK's output.</returns>
    /// <remarks>
    /// The plain ReadyToRun publish shares the projects' obj folders, so it reuses the Release build and stays quick; the
    /// composite and Native AOT flavours build in artifacts folders of their own: ReadyToRun images a composite publish
    /// left in a shared obj folder were picked up by a later plain one, whose server then aborted at start-up.
    /// </remarks>
    private static async Task<string?> PublishAsync(
        RepoPaths paths, string flavour, string[] properties, TimeSpan limit, CancellationToken cancellationToken)
    {
        var output = paths.PublishDirectory(flavour);
        string[] isolation = flavour == "r2r" ? [] : ["--artifacts-path", paths.PublishDirectory(Path.Combine("artifacts", flavour))];
        var info = new ProcessStartInfo(ChildProcess.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", paths.ServerProject, "-c", "Release", "-r", "linux-x64", "-o", output, "-nologo", "-v", "q" }.Concat(isolation).Concat(properties))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return $"publish did not finish within {limit.TotalMinutes} minutes";
        }

        var text = (await stdout) + (await stderr);
        return process.ExitCode == 0 ? null : string.Join('\n', text.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(8));
    }
}
