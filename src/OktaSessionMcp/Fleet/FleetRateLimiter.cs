using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// The per-caller rate limit counted across the fleet: RedisRateLimiting's fixed window (one Lua script per request,
/// atomic in Redis), with the instance's own limiter as the fallback while Redis is unreachable, so callers are still
/// limited (per instance) and never refused for Redis's sake. The switch is small and hand-written because neither
/// library has one.
/// </summary>
internal sealed class FleetRateLimiter(
    PartitionedRateLimiter<HttpContext> shared, PartitionedRateLimiter<HttpContext> local, FleetRedis redis) : PartitionedRateLimiter<HttpContext>
{
    private static readonly RateLimitLease NotYet = new NotAcquired();

    public static PartitionedRateLimiter<HttpContext> Shared(
        FleetRedis redis, int permitLimit, TimeSpan window, Func<HttpContext, string?> partitionKey) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => partitionKey(context) is { } key
            ? RedisRateLimitPartition.GetFixedWindowRateLimiter("okta-session-mcp|" + key, _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Multiplexer,
                PermitLimit = permitLimit,
                Window = window,
            })
            : RateLimitPartition.GetNoLimiter("exempt"));

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => local.GetStatistics(resource);

    // ASP.NET Core's middleware tries this first and awaits AcquireAsync when it is not acquired: with Redis up the answer
    // is Redis's, which needs a round trip, so "not yet" (RedisRateLimiting's own limiter answers the same).
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        redis.IsConnected ? NotYet : local.AttemptAcquire(resource, permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (redis.IsConnected)
        {
            try
            {
                return new SharedLease(await shared.AcquireAsync(resource, permitCount, cancellationToken));
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Redis went away during this request: FleetRedis logs it once; this request counts locally.
            }
        }

        return await local.AcquireAsync(resource, permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class NotAcquired : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    /// <summary>RedisRateLimiting's lease, with its retry-after (whole seconds) under the name ASP.NET Core's callers read.</summary>
    private sealed class SharedLease(RateLimitLease inner) : RateLimitLease
    {
        public override bool IsAcquired => inner.IsAcquired;

        public override IEnumerable<string> MetadataNames => inner.MetadataNames.Append(MetadataName.RetryAfter.Name);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (metadataName == MetadataName.RetryAfter.Name
                && inner.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds))
            {
                metadata = TimeSpan.FromSeconds(Math.Max(1, seconds));
                return true;
            }

            return inner.TryGetMetadata(metadataName, out metadata);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
