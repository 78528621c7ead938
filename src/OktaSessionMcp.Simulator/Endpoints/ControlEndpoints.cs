using OktaSessionMcp.Simulator.Faults;
using OktaSessionMcp.Simulator.Http;
using OktaSessionMcp.Simulator.Json;
using OktaSessionMcp.Simulator.Org;
using OktaSessionMcp.Simulator.Requests;

namespace OktaSessionMcp.Simulator.Endpoints;

/// <summary>The test and benchmark controls under <c>/__sim/</c>; no API key, since only the harness calls them.</summary>
internal static class ControlEndpoints
{
    public static void MapControlEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/__sim/health", () => Results.Json(new HealthResponse("ok"), SimulatorJsonContext.Default.HealthResponse));
        endpoints.MapMethodNotAllowed("/__sim/health", HttpMethods.Get);

        endpoints.MapGet("/__sim/faults", (FaultState faults) => Faults(faults.Current));
        endpoints.MapPost("/__sim/faults", UpdateFaultsAsync);
        endpoints.MapDelete("/__sim/faults", (FaultState faults) =>
        {
            faults.Reset();
            return Results.NoContent();
        });
        endpoints.MapMethodNotAllowed("/__sim/faults", HttpMethods.Get, HttpMethods.Post, HttpMethods.Delete);

        endpoints.MapGet("/__sim/requests", (RequestLog log) =>
            Results.Json(log.Snapshot(), SimulatorJsonContext.Default.IReadOnlyListRecordedRequest));
        endpoints.MapDelete("/__sim/requests", (RequestLog log) =>
        {
            log.Clear();
            return Results.NoContent();
        });
        endpoints.MapMethodNotAllowed("/__sim/requests", HttpMethods.Get, HttpMethods.Delete);

        endpoints.MapPost("/__sim/session-tokens", MintSessionTokenAsync);
        endpoints.MapMethodNotAllowed("/__sim/session-tokens", HttpMethods.Post);
    }

    private static async Task<IResult> UpdateFaultsAsync(HttpRequest request, FaultState faults, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadAsync(request, SimulatorJsonContext.Default.FaultUpdate, cancellationToken) is not { } update)
        {
            return OktaErrors.MalformedBody();
        }

        var causes = update.Validate();
        return causes.Count > 0 ? OktaErrors.ValidationFailed("faults", causes) : Faults(faults.Update(update));
    }

    private static async Task<IResult> MintSessionTokenAsync(HttpRequest request, SimulatedOrg org, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadAsync(request, SimulatorJsonContext.Default.MintTokenRequest, cancellationToken) is not { Login: { } login })
        {
            return OktaErrors.MalformedBody();
        }

        if (DemoOrg.FindByLogin(login) is not { } user)
        {
            return OktaErrors.NotFound(login, "User");
        }

        var issued = org.IssueToken(user);
        return Results.Json(
            new MintTokenResponse(issued.Token, OktaTime.Format(issued.ExpiresAt), user.Id),
            SimulatorJsonContext.Default.MintTokenResponse);
    }

    private static IResult Faults(FaultSettings settings) => Results.Json(settings, SimulatorJsonContext.Default.FaultSettings);
}
