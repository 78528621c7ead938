using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Auth;

public sealed class AuthCommandLineTests
{
    [Fact]
    public void Parse_AuthAndLogOptions_BecomeTheirSettings()
    {
        var result = CommandLine.Parse(
        [
            "--auth-keys-file", "/etc/mcp/keys", "--oauth-issuer", "https://example.okta.com/oauth2/default",
            "--oauth-audience", "api://sessions", "--resource-url", "https://mcp.example.com/mcp", "--read-scope", "r",
            "--manage-scope", "m", "--rate-limit", "60", "--log-format", "json",
        ]);

        Assert.Null(result.Error);
        Assert.Equal("/etc/mcp/keys", result.Values["Auth:KeysFile"]);
        Assert.Equal("https://example.okta.com/oauth2/default", result.Values["Auth:OAuthIssuer"]);
        Assert.Equal("api://sessions", result.Values["Auth:OAuthAudience"]);
        Assert.Equal("https://mcp.example.com/mcp", result.Values["Auth:ResourceUrl"]);
        Assert.Equal("r", result.Values["Auth:ReadScope"]);
        Assert.Equal("m", result.Values["Auth:ManageScope"]);
        Assert.Equal("60", result.Values["Auth:RateLimit"]);
        Assert.Equal("json", result.Values["Server:LogFormat"]);
    }

    [Fact]
    public void HelpText_NamesTheKeysVariable()
    {
        using var output = new StringWriter();

        HelpText.Write(output);

        Assert.Contains("MCP_AUTH_KEYS", output.ToString(), StringComparison.Ordinal);
    }
}
