using OktaSessionMcp.Simulator.Cli;

namespace OktaSessionMcp.Simulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_NoArguments_UsesDocumentedDefaults()
    {
        var options = CommandLine.Parse([]).Options!;

        Assert.Equal(9091, options.Port);
        Assert.Equal("127.0.0.1", options.BindAddress);
        Assert.Equal("sim-api-key-not-secret", options.ApiKey);
        Assert.Null(options.ReadOnlyApiKey);
        Assert.Equal(TimeSpan.FromHours(2), options.SessionLifetime);
        Assert.Equal(TimeSpan.FromMinutes(5), options.SessionTokenLifetime);
        Assert.Equal(600, options.RateLimitPerMinute);
    }

    [Fact]
    public void Parse_EveryOption_IsApplied()
    {
        var result = CommandLine.Parse(
        [
            "--port", "0", "--bind=0.0.0.0", "--api-key", "k1", "--read-only-api-key=k2",
            "--session-lifetime-minutes", "30", "--session-token-lifetime-minutes=2", "--rate-limit-per-minute", "0",
        ]);

        var options = result.Options!;
        Assert.Null(result.Error);
        Assert.Equal((0, "0.0.0.0", "k1", "k2"), (options.Port, options.BindAddress, options.ApiKey, options.ReadOnlyApiKey));
        Assert.Equal((TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(2), 0), (options.SessionLifetime, options.SessionTokenLifetime, options.RateLimitPerMinute));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_WritesEveryOptionWithItsDefault(string flag)
    {
        var result = CommandLine.Parse(["--port", "1", flag]);
        using var output = new StringWriter();

        var exitCode = result.Parsed.Invoke(new System.CommandLine.InvocationConfiguration { Output = output });

        Assert.Equal((0, null, null), (exitCode, result.Options, result.Error));
        Assert.Contains("--rate-limit-per-minute", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("[default: 9091]", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("SIGTERM", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unrecognized command or argument '--verbose'", "--verbose")]
    [InlineData("Required argument missing for option: '--port'", "--port")]
    [InlineData("Required argument missing for option: '--api-key'", "--api-key=")]
    [InlineData("Option --api-key needs a value", "--api-key", "--port", "0")]
    [InlineData("Option --port needs a whole number in range, not '65536'", "--port", "65536")]
    [InlineData("Option --port needs a whole number in range, not '-1'", "--port=-1")]
    [InlineData("Option --session-lifetime-minutes needs a whole number in range, not '0'", "--session-lifetime-minutes", "0")]
    [InlineData("Option --rate-limit-per-minute needs a whole number in range, not 'many'", "--rate-limit-per-minute", "many")]
    [InlineData("Option --bind needs an IP address or localhost, not 'nowhere'", "--bind", "nowhere")]
    [InlineData("Option --api-key needs a key, not an empty value", "--api-key", "")]
    [InlineData("Option --read-only-api-key needs a key different from --api-key", "--api-key", "k", "--read-only-api-key", "k")]
    public void Parse_BadArguments_SaysWhatIsWrong(string expected, params string[] args)
    {
        var result = CommandLine.Parse(args);

        Assert.Null(result.Options);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sim-api-key-not-secret", true)]
    [InlineData("operators-own-key", false)]
    public async Task Banner_PrintsUrlUsersAndOnlyTheDefaultKey(string apiKey, bool keyShown)
    {
        await using var simulator = await OktaSimulator.StartAsync(new SimulatorOptions { ApiKey = apiKey }, CancellationToken.None);
        using var output = new StringWriter();

        Banner.Write(output, simulator, defaultApiKey: keyShown);

        var text = output.ToString();
        Assert.Contains(simulator.BaseUrl.GetLeftPart(UriPartial.Authority), text, StringComparison.Ordinal);
        Assert.All(simulator.Users, user => Assert.Contains($"{user.Login} / {user.Password}", text, StringComparison.Ordinal));
        Assert.Contains("/__sim/session-tokens", text, StringComparison.Ordinal);
        Assert.Equal(keyShown, text.Contains(apiKey, StringComparison.Ordinal));
    }
}
