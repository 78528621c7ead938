using System.Diagnostics;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Rest;

/// <summary>The served OpenAPI document passes Spectral's recommended OpenAPI ruleset, warnings included (scripts/rest-checks lint).</summary>
public sealed class SpectralLintTests
{
    // A bound, not an assertion: the first run installs Node 22 and the npm tools into .tools/.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    [Node22Fact]
    public async Task ServedDocument_Spectral_ReportsNoProblems()
    {
        await using var server = await RunningServer.StartAsync();
        var document = new Uri(server.RestUrl!, "openapi/v1.json");
        var start = new ProcessStartInfo("bash", [RepositoryPaths.RestChecks, "lint", document.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };

        using var lint = Process.Start(start)!;
        var output = lint.StandardOutput.ReadToEndAsync();
        var errors = lint.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await lint.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            lint.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(lint.ExitCode == 0, $"Spectral failed (exit {lint.ExitCode}):\n{await output}\n{await errors}");
        Assert.Contains("No results with a severity of 'warn' or higher found!", await output, StringComparison.Ordinal);
    }
}
