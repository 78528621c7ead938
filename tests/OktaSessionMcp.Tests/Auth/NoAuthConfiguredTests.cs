using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Tests.Infrastructure;

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
        await using var app = UnstartedHost.Build();

        Assert.Null(app.Services.GetService<IAuthenticationSchemeProvider>());
        Assert.Null(app.Services.GetService<IAuthorizationHandlerProvider>());
    }
}
