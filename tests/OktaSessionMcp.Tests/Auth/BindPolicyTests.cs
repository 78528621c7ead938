using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>
/// Beyond loopback only with authentication. The hosts that would be allowed are built and validated, never started:
/// nothing listens on 0.0.0.0; those that are refused are refused at start, before anything binds.
/// </summary>
public sealed class BindPolicyTests
{
    [Fact]
    public async Task Start_NonLoopbackWithoutAuth_IsRefusedNamingTheAuthSettings()
    {
        // Refused by the options validation at start, which runs before any listener binds.
        await using var app = HttpHost.Build(Configuration(("Server:Bind", "0.0.0.0")));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("--oauth-issuer", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--auth-keys-file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NonLoopbackWithStaticKeys_IsAllowed()
    {
        await using var app = HttpHost.Build(Configuration(("Server:Bind", "0.0.0.0"), ("MCP_AUTH_KEYS", "ops:a-long-random-key-0123456789")));

        // What start runs before it binds, without binding: every ValidateOnStart validator.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task Validate_NonLoopbackWithOAuthAndResourceUrl_IsAllowed()
    {
        await using var app = HttpHost.Build(Configuration(
            ("Server:Bind", "0.0.0.0"), ("Auth:OAuthIssuer", "https://example.okta.com/oauth2/default"), ("Auth:ResourceUrl", "https://mcp.example.com/mcp")));

        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task Start_NonLoopbackWithOAuthButNoResourceUrl_AsksForIt()
    {
        await using var app = HttpHost.Build(Configuration(
            ("Server:Bind", "0.0.0.0"), ("Auth:OAuthIssuer", "https://example.okta.com/oauth2/default")));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("--resource-url", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auth:OAuthIssuer", "http://example.okta.com/oauth2/default", "--oauth-issuer")]
    [InlineData("Auth:ResourceUrl", "not a url", "--resource-url")]
    [InlineData("Auth:ReadScope", "sessions read", "--read-scope")]
    [InlineData("Auth:ManageScope", "a\"b", "--manage-scope")]
    [InlineData("Auth:RateLimit", "-1", "--rate-limit")]
    [InlineData("Auth:RateLimitWindowSeconds", "0", "Auth:RateLimitWindowSeconds")]
    public async Task Start_BadAuthSetting_FailsNamingIt(string key, string value, string setting)
    {
        await using var app = HttpHost.Build(Configuration((key, value)));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(setting, ex.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Server:McpPort"] = "0",
            ["Server:RestPort"] = "0",
            ["Okta:OrgUrl"] = "https://example.okta.com",
            ["Okta:ApiToken"] = "token",
        };
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
