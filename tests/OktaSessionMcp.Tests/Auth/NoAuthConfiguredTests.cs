using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>
/// Without keys or an issuer (the loopback default) nothing of authentication or authorization is registered, so
/// WebApplication adds neither middleware and no handler runs per request.
/// </summary>
public sealed class NoAuthConfiguredTests
{
    [Fact]
    public async Task Build_NoAuthConfigured_RegistersNoAuthenticationOrAuthorization()
    {
        await using var app = HttpHost.Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Server:McpPort"] = "0",
            ["Server:RestPort"] = "0",
            ["Okta:OrgUrl"] = "https://example.okta.com",
            ["Okta:ApiToken"] = "token",
        }).Build());

        Assert.Null(app.Services.GetService<IAuthenticationSchemeProvider>());
        Assert.Null(app.Services.GetService<IAuthorizationHandlerProvider>());
    }
}
