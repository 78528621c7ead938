using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// Server__DrainSeconds: on SIGTERM, go on serving for this long before Kestrel stops listening, with
/// <c>Connection: close</c> on every response and /readyz at 503. A load balancer's pooled keep-alive connections are
/// then closed by us after a response, not under a request it has just sent: nginx cannot resend a POST that reached
/// us (a tools/call may change a session), so that race would fail the call. Once the drain ends, new connections are
/// refused, which nginx retries elsewhere, and calls in flight finish within Server__ShutdownSeconds (which the drain is
/// part of). 0, the default, stops listening at once, as a single instance always has.
/// </summary>
/// <remarks>
/// Written here because ASP.NET Core has no such setting; it is the pause between readiness failing and the listener
/// closing that Kubernetes guides do with a preStop sleep. A hosted service's StoppingAsync runs before any StopAsync,
/// so Kestrel (stopped in StopAsync) keeps serving meanwhile.
/// </remarks>
internal sealed class ShutdownDrain(TimeSpan drain) : IHostedLifecycleService, IHealthCheck
{
    public const string Key = "Server:DrainSeconds";

    private volatile bool _draining;

    public bool IsDraining => _draining;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (drain <= TimeSpan.Zero)
        {
            return;
        }

        _draining = true;
        try
        {
            await Task.Delay(drain, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out first: stop now.
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_draining ? HealthCheckResult.Unhealthy("Shutting down: finishing the calls in flight.") : HealthCheckResult.Healthy());

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
