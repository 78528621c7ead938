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

        // The script works from the repository's root wherever it is started.
        var lint = await ExitedProcess.RunAsync("bash", [RepositoryPaths.RestChecks, "lint", document.ToString()], new Dictionary<string, string>(), Limit);

        Assert.True(lint.ExitCode == 0, $"Spectral failed (exit {lint.ExitCode}):\n{lint.Stdout}\n{string.Join('\n', lint.Stderr)}");
        Assert.Contains("No results with a severity of 'warn' or higher found!", lint.Stdout, StringComparison.Ordinal);
    }
}
