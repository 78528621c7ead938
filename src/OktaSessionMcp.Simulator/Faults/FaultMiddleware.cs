
namespace OktaSessionMcp.Simulator.Faults;

/// <summary>
/// Injects the configured faults into <c>/api/v1/*</c>, in the order a real network would show them: latency first,
/// then a dropped connection, then an error status, then a proxy's HTML page in place of JSON.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultState faults, SimulatorOptions options, IHostApplicationLifetime lifetime)
{
    private const string HtmlPage = "<html><head><title>Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>";

    public async Task InvokeAsync(HttpContext context)
    {
        var settings = faults.Current;
        if (settings.LatencyMs > 0 && !await DelayAsync(settings.LatencyMs, context.RequestAborted))
        {
            context.Abort();
            return;
        }

        if (Happens(settings.DropRate))
        {
            context.Abort();
        }
        else if (Happens(settings.ErrorRate))
        {
            await OktaErrors.ForStatus(settings.ErrorStatus).ExecuteAsync(context);
        }
        else if (Happens(settings.MalformedRate))
        {
            await Results.Content(HtmlPage, "text/html; charset=utf-8").ExecuteAsync(context);
        }
        else
        {
            await next(context);
        }
    }

    // Random.Shared is fine: fault draws need no unpredictability, and rates of exactly 0 or 1 never draw at all.
    private static bool Happens(double rate) => rate >= 1 || (rate > 0 && Random.Shared.NextDouble() < rate);

    // The delay runs on the simulator's clock so a fake clock drives it; it ends early when the client goes away or
    // the simulator stops, so that shutdown never waits on a fake clock nobody advances.
    private async Task<bool> DelayAsync(int latencyMs, CancellationToken requestAborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(latencyMs), options.TimeProvider, stop.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
