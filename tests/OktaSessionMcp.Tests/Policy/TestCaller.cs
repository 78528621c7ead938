using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>
/// Stands in for inbound authentication in tests: a request's X-Test-Caller header becomes an authenticated user with
/// that subject, as a validated token would, so two callers can be told apart without an issuer.
/// </summary>
internal sealed class TestCaller : IStartupFilter
{
    public const string Header = "X-Test-Caller";

    public static void Install(WebApplicationBuilder builder) => builder.Services.AddTransient<IStartupFilter, TestCaller>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers[Header].ToString() is { Length: > 0 } subject)
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", subject, ClaimValueTypes.String, "test-issuer")], "Test"));
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
