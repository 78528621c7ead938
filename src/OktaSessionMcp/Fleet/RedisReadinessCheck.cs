using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// With --redis: whether Redis answers a PING. Down is reported as Degraded, not Unhealthy: /readyz still answers 200
/// (reads and refreshes go on, and Redis is the whole fleet's, so taking every instance out of rotation would help no
/// one) and its detail names Redis and what is refused meanwhile. Hand-written rather than AspNetCore.HealthChecks.Redis,
/// which opens a connection of its own and words the answer its way; this one asks the instance's own connection.
/// </summary>
internal sealed class RedisReadinessCheck(FleetRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (redis.IsConnected)
        {
            try
            {
                await redis.Database.PingAsync().WaitAsync(cancellationToken);
                return HealthCheckResult.Healthy("Redis (--redis) answered.");
            }
            catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
            {
                // Reported below, in the same words as when the connection is known to be down.
            }
        }

        return HealthCheckResult.Degraded(FleetRedis.DownDetail);
    }
}
