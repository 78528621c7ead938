using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// A caller's fixed window counted in Redis: one Lua script per request (atomic in Redis) adds the request to the
/// caller's count and, in a new window, gives the key the window as its time to live; Redis's clock, not the instances',
/// decides when a window ends. Nothing per caller is kept here: a caller's count is a key that expires by itself.
/// </summary>
/// <remarks>
/// Hand-written, and small, because RedisRateLimiting (the library used before) hands its script arguments to
/// StackExchange.Redis as anonymous objects, which it reads by reflection and expression trees: not Native AOT safe.
/// The script here takes its keys and arguments as arrays, which need neither.
/// </remarks>
internal sealed class RedisFixedWindow(FleetRedis redis, int permitLimit, TimeSpan window)
{
    // PTTL is -1 for a key without an expiry: the window's first request (or a key someone left without one).
    private const string Script = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          left = tonumber(ARGV[2])
          redis.call('PEXPIRE', KEYS[1], left)
        end
        return { count, left }
        """;

    /// <summary>The caller's key: the one RedisRateLimiting counted in (its second key, the window's end, is not needed).</summary>
    public static RedisKey Key(string caller) => "rl:fw:{okta-session-mcp|" + caller + "}";

    /// <summary>Counts <paramref name="permitCount"/> requests of <paramref name="caller"/>; throws when Redis cannot answer.</summary>
    public async Task<RateLimitLease> AcquireAsync(string caller, int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permitLimit); // as every .NET limiter does
        // SE.Redis takes no CancellationToken; the command still completes or times out on its own.
        var answer = await redis.Database.ScriptEvaluateAsync(
            Script, [Key(caller)], [permitCount, (long)window.TotalMilliseconds]).WaitAsync(cancellationToken);
        var counted = (RedisResult[])answer!;
        return (long)counted[0] <= permitLimit ? Lease.Acquired : new Lease(acquired: false, RetryAfter((long)counted[1]));
    }

    /// <summary>The window's time left in whole seconds, rounded up (Retry-After has no fractions), and at least 1.</summary>
    internal static TimeSpan RetryAfter(long milliseconds) => TimeSpan.FromSeconds(Math.Max(1, (milliseconds + 999) / 1000));

    /// <summary>
    /// An answer of the fleet's limiter: acquired, or not (with the window's retry-after, under the name ASP.NET Core's
    /// callers read, when Redis gave one). It holds nothing to release.
    /// </summary>
    internal sealed class Lease(bool acquired, TimeSpan? retryAfter = null) : RateLimitLease
    {
        public static readonly Lease Acquired = new(acquired: true);

        public static readonly Lease NotAcquired = new(acquired: false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
