using OktaSessionMcp.Simulator.Http;
using OktaSessionMcp.Simulator.Org;

namespace OktaSessionMcp.Simulator.Endpoints;

/// <summary><c>DELETE /api/v1/users/{userId}/sessions</c> (revokeUserSessions), the last session path of the description.</summary>
internal static class UserSessionEndpoints
{
    private const string UserSessions = "/api/v1/users/{userId}/sessions";

    public static void MapUserSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // oauthTokens and forgetDevices are accepted and ignored: the simulator issues no OAuth tokens and remembers no devices.
        endpoints.MapDelete(UserSessions, (string userId, SimulatedOrg org) =>
        {
            if (DemoOrg.FindById(userId) is not { } user)
            {
                return OktaErrors.NotFound(userId, "User");
            }

            org.CloseAll(user);
            return Results.NoContent();
        });
        endpoints.MapMethodNotAllowed(UserSessions, HttpMethods.Delete);
    }
}
