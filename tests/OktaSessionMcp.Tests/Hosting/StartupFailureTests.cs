namespace OktaSessionMcp.Tests.Hosting;

/// <summary>
/// Issue 19: every start-up failure of the real executable, over HTTP and stdio, ends with a short message on stderr
/// that names the setting, exit code 2, no stack trace and nothing on stdout, within 10 s.
/// </summary>
public sealed class StartupFailureTests(StartupFailureRuns runs) : IClassFixture<StartupFailureRuns>
{
    public static TheoryData<string> Cases => new(StartupFailureCase.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Start_Misconfigured_ExitsTwoWithAShortMessageNamingTheSetting(string name)
    {
        var (process, busy) = await runs.Of(name);
        var stderr = string.Join('\n', process.Stderr);

        Assert.Equal(2, process.ExitCode);
        Assert.InRange(process.Stderr.Count, 1, 5);
        Assert.DoesNotContain(process.Stderr, line => line.StartsWith("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Hosting failed to start", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
        foreach (var expected in StartupFailureCase.All.Single(c => c.Name == name).MustName)
        {
            Assert.Contains(expected.Replace(StartupFailureCase.BusyPort, busy, StringComparison.Ordinal), stderr, StringComparison.Ordinal);
        }

        // Over stdio stdout belongs to MCP; over HTTP nothing is printed there before the server is up.
        Assert.Empty(process.Stdout);
    }

    [Fact]
    public async Task Start_RequiredSettingsMissing_NamesEachOnALineOfItsOwn()
    {
        var (process, _) = await runs.Of("okta-settings-missing");

        Assert.Single(process.Stderr, line => line.Contains("OKTA_ORG_URL", StringComparison.Ordinal));
        Assert.Single(process.Stderr, line => line.Contains("OKTA_API_KEY", StringComparison.Ordinal));
        Assert.NotEqual(
            process.Stderr.Single(line => line.Contains("OKTA_ORG_URL", StringComparison.Ordinal)),
            process.Stderr.Single(line => line.Contains("OKTA_API_KEY", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Start_BadAuthSetting_IsOneLineThatNamesItAndTheFix()
    {
        var (process, _) = await runs.Of("oauth-issuer-not-https");

        Assert.Equal(2, process.ExitCode);
        Assert.Equal(
            "okta-session-mcp cannot start: --oauth-issuer (Auth__OAuthIssuer) 'http://example.okta.com/oauth2/default' must be an " +
            "absolute https URL (http only on loopback), e.g. https://example.okta.com/oauth2/default.",
            Assert.Single(process.Stderr));
    }

    [Fact]
    public async Task Start_SeveralWrongTypes_ReportsEveryOneAtOnce()
    {
        var (process, _) = await runs.RunAsync(["--mcp-port", "abc", "--stateful=maybe", "--log-format", "xml"], null);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(process.Stderr, line => line.Contains("--mcp-port 'abc'", StringComparison.Ordinal));
        Assert.Contains(process.Stderr, line => line.Contains("--stateful 'maybe'", StringComparison.Ordinal));
        Assert.Contains(process.Stderr, line => line.Contains("--log-format 'xml'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--mcp-port", StartupFailureCase.BusyPort, "--rest-port", "0", "--log-level", "Debug")]
    [InlineData("--stdio", "--log-level", "Debug")]
    [InlineData("--mcp-port", "abc", "--log-level", "debug")]
    public async Task Start_FailureAtLogLevelDebug_AlsoPrintsTheWholeException(params string[] arguments)
    {
        var okta = arguments.Contains("--stdio") ? null : new Dictionary<string, string> { ["OKTA_ORG_URL"] = "https://example.okta.com", ["OKTA_API_KEY"] = "t" };

        var (process, _) = await runs.RunAsync(arguments, okta);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(process.Stderr, line => line.StartsWith("okta-session-mcp cannot start", StringComparison.Ordinal));
        Assert.Contains(process.Stderr, line => line.StartsWith("   at ", StringComparison.Ordinal));
        Assert.Empty(process.Stdout);
    }
}
