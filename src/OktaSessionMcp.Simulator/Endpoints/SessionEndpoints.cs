using OktaSessionMcp.Simulator.Http;
using OktaSessionMcp.Simulator.Org;

namespace OktaSessionMcp.Simulator.Endpoints;

/// <summary>The Sessions API: create from a session token, get, close (revoke) and refresh.</summary>
internal static class SessionEndpoints
{
    private const string Sessions = "/api/v1/sessions";
    private const string Session = "/api/v1/sessions/{sessionId}";
    private const string Refresh = "/api/v1/sessions/{sessionId}/lifecycle/refresh";

    public static void MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Sessions, CreateAsync);
        endpoints.MapGet(Session, (string sessionId, SimulatedOrg org, SessionPresenter presenter) =>
            org.Find(sessionId) is { } session ? presenter.Ok(session) : NotFound(sessionId));
        endpoints.MapDelete(Session, (string sessionId, SimulatedOrg org) =>
            org.Close(sessionId) ? Results.NoContent() : NotFound(sessionId));
        endpoints.MapPost(Refresh, (string sessionId, SimulatedOrg org, SessionPresenter presenter) =>
            org.Refresh(sessionId) is { } session ? presenter.Ok(session) : NotFound(sessionId));

        endpoints.MapMethodNotAllowed(Sessions, HttpMethods.Post);
        endpoints.MapMethodNotAllowed(Session, HttpMethods.Get, HttpMethods.Delete);
        endpoints.MapMethodNotAllowed(Refresh, HttpMethods.Post);
    }

    // Okta answers an unknown, used or expired token alike, so a caller learns nothing about which it was.
    private static async Task<IResult> CreateAsync(HttpRequest request, SimulatedOrg org, SessionPresenter presenter, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, SimulatorJsonContext.Default.CreateSessionRequest, cancellationToken);
        if (body is null)
        {
            return OktaErrors.MalformedBody();
        }

        if (string.IsNullOrEmpty(body.SessionToken))
        {
            return OktaErrors.ValidationFailed("sessionToken", [new("sessionToken: The field cannot be left blank")]);
        }

        return org.Redeem(body.SessionToken) is { } session ? presenter.Ok(session) : OktaErrors.AuthenticationFailed();
    }

    private static IResult NotFound(string sessionId) => OktaErrors.NotFound(sessionId, "Session");
}
