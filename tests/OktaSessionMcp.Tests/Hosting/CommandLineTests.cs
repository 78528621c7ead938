using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_FlagsAndValues_BecomeConfigurationKeys()
    {
        var result = CommandLine.Parse(["--okta-simulator", "--mcp-port", "9191", "--bind=::1", "--stateful"]);

        Assert.Null(result.Error);
        Assert.Equal("true", result.Values["Server:OktaSimulator"]);
        Assert.Equal("9191", result.Values["Server:McpPort"]);
        Assert.Equal("::1", result.Values["Server:Bind"]);
        Assert.Equal("true", result.Values["Server:Stateful"]);
    }

    [Theory]
    [InlineData("--auth-keys-file", "/etc/mcp/keys", "Auth:KeysFile")]
    [InlineData("--oauth-issuer", "https://example.okta.com/oauth2/default", "Auth:OAuthIssuer")]
    [InlineData("--oauth-audience", "api://sessions", "Auth:OAuthAudience")]
    [InlineData("--resource-url", "https://mcp.example.com/mcp", "Auth:ResourceUrl")]
    [InlineData("--read-scope", "r", "Auth:ReadScope")]
    [InlineData("--manage-scope", "m", "Auth:ManageScope")]
    [InlineData("--rate-limit", "60", "Auth:RateLimit")]
    [InlineData("--log-format", "json", "Server:LogFormat")]
    [InlineData("--okta-attempt-timeout", "7", "Okta:AttemptTimeoutSeconds")]
    [InlineData("--okta-total-timeout", "7", "Okta:TotalTimeoutSeconds")]
    [InlineData("--okta-max-rate-limit-wait", "7", "Okta:MaxRateLimitWaitSeconds")]
    [InlineData("--okta-max-concurrent-requests", "7", "Okta:MaxConcurrentRequests")]
    public void Parse_OptionWithValue_BecomesItsConfigurationKey(string option, string value, string key)
    {
        var result = CommandLine.Parse([option, value]);

        Assert.Null(result.Error);
        Assert.Equal(value, result.Values[key]);
    }

    [Fact]
    public void Parse_UnknownOption_IsAnErrorThatPointsAtHelp()
    {
        var result = CommandLine.Parse(["--mcp-prot", "1"]);

        Assert.Contains("--mcp-prot", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValueMissing_IsAnError()
    {
        var result = CommandLine.Parse(["--mcp-port", "--stdio"]);

        Assert.Contains("needs a value", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpText_ListsEveryOption()
    {
        var help = Help();

        foreach (var option in CommandLine.Options)
        {
            Assert.Contains(option.Name, help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("OKTA_ORG_URL")]
    [InlineData("OKTA_API_KEY")]
    [InlineData("MCP_AUTH_KEYS")]
    public void HelpText_NamesTheEnvironmentVariable(string variable) =>
        Assert.Contains(variable, Help(), StringComparison.Ordinal);

    private static string Help()
    {
        using var output = new StringWriter();
        HelpText.Write(output);
        return output.ToString();
    }
}
