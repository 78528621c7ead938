using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OktaSessionMcp.Health;

/// <summary>
/// /healthz (the process is up) and /readyz (Okta is reachable with the configured token), for orchestrators.
/// They carry no secret and take no input, so authentication and rate limits leave them alone
/// (<see cref="IsHealthPath"/>).
/// </summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddSingleton<OktaReadinessProbe>();
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Json(new ReadinessResult(true, "The server is running."), HealthJsonContext.Default.ReadinessResult));
        endpoints.MapGet("/readyz", async (OktaReadinessProbe probe, CancellationToken cancellationToken) =>
        {
            var result = await probe.CheckAsync(cancellationToken);
            return Results.Json(result, HealthJsonContext.Default.ReadinessResult,
                statusCode: result.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    public static bool IsHealthPath(PathString path) => path == "/healthz" || path == "/readyz";
}
