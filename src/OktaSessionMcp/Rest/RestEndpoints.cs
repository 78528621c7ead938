namespace OktaSessionMcp.Rest;

/// <summary>
/// The seed capability's REST surface: one resource per Okta operation, prefixed with /v1, each with the operationId,
/// summary, description and responses that its OpenAPI document states.
/// </summary>
internal static class RestEndpoints
{
    public const string SessionsPath = "/v1/api/v1/sessions";
    public const string Tag = "Session";

    public static void MapRestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var sessions = endpoints.MapGroup(SessionsPath).WithTags(Tag).WithMetadata(RestEndpointMetadata.Instance);
        // --read-only: writes are refused before their handler runs. One instance, built here: the generic overload builds
        // a factory from an expression tree, which alone loads System.Linq.Expressions (2.5 MB of RSS) into the server.
        sessions.AddEndpointFilter(ActivatorUtilities.CreateInstance<ReadOnlyRestFilter>(endpoints.ServiceProvider));

        sessions.MapPost("", SessionHandlers.CreateAsync)
            .WithName(OktaOperations.CreateSession)
            .WithSummary("Create a session with a session token")
            .WithDescription("Exchanges a one-time session token from Okta's Authentication API for a new session of that " +
                "user (Okta: POST /api/v1/sessions). The token is consumed. The server's own API token is used.")
            .WithMetadata(new RestRequestBody(typeof(RestCreateSessionRequest), "The session token to redeem, as Okta takes it."))
            .WithMetadata(RestResponse.Session("The new session."))
            .WithMetadata(RestResponse.Error(StatusCodes.Status400BadRequest, "The body is not well-formed (E0000003) or has no valid sessionToken (E0000001); nothing was sent to Okta."))
            .WithMetadata(RestResponse.Error(StatusCodes.Status401Unauthorized, "The session token is invalid, expired or already used; or Okta rejected the server's API token (E0000011)."))
            .WithMetadata(RestResponse.Error(StatusCodes.Status413PayloadTooLarge, "The body is larger than 16 KiB (E0000003); nothing was sent to Okta."))
            .WithMetadata(RestResponse.Error(StatusCodes.Status415UnsupportedMediaType, "The body is not application/json (E0000003)."))
            .WithMetadata([.. RestResponse.CommonErrors()]);

        sessions.MapGet("{sessionid}", SessionHandlers.GetAsync)
            .WithName(OktaOperations.GetSession)
            .WithSummary("Retrieve a session")
            .WithDescription("Reads one session by its id without changing it (Okta: GET /api/v1/sessions/{sessionId}).")
            .WithSessionResponses(RestResponse.Session("The session as Okta reports it."));

        sessions.MapDelete("{sessionid}", SessionHandlers.RevokeAsync)
            .WithName(OktaOperations.RevokeSession)
            .WithSummary("Revoke a session")
            .WithDescription("Ends a session now: the user is signed out of Okta and must sign in again " +
                "(Okta: DELETE /api/v1/sessions/{sessionId}). It cannot be undone.")
            .WithSessionResponses(RestResponse.NoContent("The session was revoked."));

        sessions.MapPost("{sessionid}/lifecycle/refresh", SessionHandlers.RefreshAsync)
            .WithName(OktaOperations.RefreshSession)
            .WithSummary("Refresh a session")
            .WithDescription("Extends an active session's lifetime as if the user had just been active " +
                "(Okta: POST /api/v1/sessions/{sessionId}/lifecycle/refresh). It cannot revive an ended session.")
            .WithSessionResponses(RestResponse.Session("The refreshed session, with its new expiresAt."));
    }

    private static RouteHandlerBuilder WithSessionResponses(this RouteHandlerBuilder builder, RestResponse success) => builder
        .WithMetadata(success)
        .WithMetadata(RestResponse.Error(StatusCodes.Status400BadRequest, "The session id is malformed (E0000001); nothing was sent to Okta."))
        .WithMetadata(RestResponse.Error(StatusCodes.Status401Unauthorized, "Okta rejected the server's API token (E0000011): the operator must fix OKTA_API_KEY."))
        .WithMetadata(RestResponse.Error(StatusCodes.Status404NotFound, "No active session has this id: it never existed, has expired or was closed (E0000007)."))
        .WithMetadata([.. RestResponse.CommonErrors()]);
}
