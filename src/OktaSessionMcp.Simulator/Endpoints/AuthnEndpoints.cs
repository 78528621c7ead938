using OktaSessionMcp.Simulator.Http;
using OktaSessionMcp.Simulator.Json;
using OktaSessionMcp.Simulator.Org;

namespace OktaSessionMcp.Simulator.Endpoints;

/// <summary>Okta's Authentication API, primary authentication only: a username and password buy a session token.</summary>
internal static class AuthnEndpoints
{
    private const string Authn = "/api/v1/authn";

    public static void MapAuthnEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Authn, AuthenticateAsync);
        endpoints.MapMethodNotAllowed(Authn, HttpMethods.Post);
    }

    private static async Task<IResult> AuthenticateAsync(HttpRequest request, SimulatedOrg org, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, SimulatorJsonContext.Default.AuthnRequest, cancellationToken);
        if (body is null)
        {
            return OktaErrors.MalformedBody();
        }

        // A missing field fails like a wrong password: Okta does not tell an attacker which part was wrong.
        if (DemoOrg.FindByLogin(body.Username) is not { } user || !string.Equals(user.Password, body.Password, StringComparison.Ordinal))
        {
            return OktaErrors.AuthenticationFailed();
        }

        var issued = org.IssueToken(user);
        var profile = new AuthnProfile(user.Login, user.FirstName, user.LastName, "en_US", "America/Los_Angeles");
        var response = new AuthnResponse(
            OktaTime.Format(issued.ExpiresAt),
            "SUCCESS",
            issued.Token,
            new AuthnEmbedded(new AuthnUser(user.Id, OktaTime.Format(DemoOrg.PasswordChanged), profile)));
        return Results.Json(response, SimulatorJsonContext.Default.AuthnResponse);
    }
}
