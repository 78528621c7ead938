using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OktaSessionMcp.Health;

/// <summary>
/// /healthz (the process is up: no check runs) and /readyz (Okta is reachable with the configured credentials: the
/// checks tagged "ready"), on ASP.NET Core's health checks, for orchestrators. They carry no secret and take no input,
/// so authentication and rate limits leave them alone (<see cref="IsHealthPath"/>).
/// </summary>
public static class HealthEndpoints
{
    internal const string ReadyTag = "ready";

    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OktaReadinessCheck>();
        services.AddHealthChecks().AddCheck<OktaReadinessCheck>("okta", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", Options(_ => false, "The server is running."));
        endpoints.MapHealthChecks("/readyz", Options(check => check.Tags.Contains(ReadyTag), "Ready."));
        return endpoints;
    }

    public static bool IsHealthPath(PathString path) => path == "/healthz" || path == "/readyz";

    /// <summary>What is wrong, worst first; when nothing is, the first check's description.</summary>
    private static string? Detail(HealthReport report) =>
        report.Entries.Values.Any(entry => entry.Status != HealthStatus.Healthy)
            ? string.Join(" ", report.Entries.Values.Where(entry => entry.Status != HealthStatus.Healthy)
                .OrderBy(entry => entry.Status).Select(entry => entry.Description).OfType<string>())
            : report.Entries.Values.Select(entry => entry.Description).FirstOrDefault(text => text is not null);

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate, string healthy) => new()
    {
        Predicate = predicate,
        // Ready unless a check is Unhealthy; Degraded (Redis down with --redis) still serves, and says why in the detail.
        ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(
            new ReadinessResult(report.Status != HealthStatus.Unhealthy, Detail(report) ?? healthy),
            HealthJsonContext.Default.ReadinessResult,
            contentType: "application/json",
            context.RequestAborted),
    };
}
