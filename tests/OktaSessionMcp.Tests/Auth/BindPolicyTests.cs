using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Tests.Infrastructure;

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
        var ex = await UnstartedHost.StartFailureAsync(("Server:Bind", "0.0.0.0"));

        Assert.Contains("--oauth-issuer", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--auth-keys-file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NonLoopbackWithStaticKeys_IsAllowed()
    {
        await using var app = UnstartedHost.Build(("Server:Bind", "0.0.0.0"), ("MCP_AUTH_KEYS", "ops:a-long-random-key-0123456789"));

        // What start runs before it binds, without binding: every ValidateOnStart validator.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task Validate_NonLoopbackWithOAuthAndResourceUrl_IsAllowed()
    {
        await using var app = UnstartedHost.Build(
            ("Server:Bind", "0.0.0.0"), ("Auth:OAuthIssuer", "https://example.okta.com/oauth2/default"), ("Auth:ResourceUrl", "https://mcp.example.com/mcp"));

        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task Start_NonLoopbackWithOAuthButNoResourceUrl_AsksForIt()
    {
        var ex = await UnstartedHost.StartFailureAsync(("Server:Bind", "0.0.0.0"), ("Auth:OAuthIssuer", "https://example.okta.com/oauth2/default"));

        Assert.Contains("--resource-url", ex.Message, StringComparison.Ordinal);
    }
}
