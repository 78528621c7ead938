using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// The per-caller rate limit counted across the fleet: a fixed window in Redis (<see cref="RedisFixedWindow"/>), with
/// the instance's own limiter as the fallback while Redis is unreachable, so callers are still limited (per instance)
/// and never refused for Redis's sake. The switch is small and hand-written because no library has one.
/// </summary>
internal sealed class FleetRateLimiter(
    RedisFixedWindow shared, Func<HttpContext, string?> partitionKey, PartitionedRateLimiter<HttpContext> local, FleetRedis redis)
    : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => local.GetStatistics(resource);

    // ASP.NET Core's middleware tries this first and awaits AcquireAsync when it is not acquired: with Redis up the answer
    // is Redis's, which needs a round trip, so "not yet".
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        redis.IsConnected ? RedisFixedWindow.Lease.NotAcquired : local.AttemptAcquire(resource, permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (redis.IsConnected)
        {
            if (partitionKey(resource) is not { } caller)
            {
                return RedisFixedWindow.Lease.Acquired; // exempt
            }

            try
            {
                return await shared.AcquireAsync(caller, permitCount, cancellationToken);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Redis went away during this request (or refused the script): FleetRedis logs an outage once; this
                // request counts locally.
            }
        }

        return await local.AcquireAsync(resource, permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            local.Dispose();
        }

        base.Dispose(disposing);
    }
}
