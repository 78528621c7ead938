namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>Test controls for the authorization server: end every issued token, or make the current nonce stale.</summary>
internal static class OAuthControlEndpoints
{
    public static void MapOAuthControlEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDelete("/__sim/oauth/tokens", (OAuthServer server) =>
        {
            server.RevokeAll();
            return Results.NoContent();
        });
        endpoints.MapPost("/__sim/oauth/nonce", (OAuthServer server) =>
        {
            server.RotateNonce();
            return Results.NoContent();
        });
    }
}
