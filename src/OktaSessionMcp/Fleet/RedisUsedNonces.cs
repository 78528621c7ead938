using OktaSessionMcp.Policy;
using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// Used confirmation nonces in Redis, so a requestState is honoured once across the fleet: one SET NX with an expiry
/// (the state's own, plus a margin for clock skew), atomic in Redis, so of two instances that receive the same state
/// at once exactly one wins. If Redis cannot be asked, or does not answer, the nonce is not known to be unused and the
/// confirmation fails closed.
/// </summary>
internal sealed class RedisUsedNonces(FleetRedis redis, TimeProvider clock) : INonceStore
{
    internal const string KeyPrefix = "okta-session-mcp:nonce:";

    // Each instance judges a state's expiry by its own clock: the key outlives the state by this much, so an instance
    // whose clock runs behind still finds the nonce used until it too sees the state expired.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public bool IsAvailable => redis.IsConnected;

    public async ValueTask<NonceUse> TryUseAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var lifetime = expires - clock.GetUtcNow();
        if (lifetime <= TimeSpan.Zero)
        {
            return NonceUse.Again; // the protector refuses expired states first; never store one without an expiry
        }

        try
        {
            // SE.Redis takes no CancellationToken; the command still completes or times out on its own.
            var first = await redis.Database.StringSetAsync(KeyPrefix + nonce, 1, lifetime + ClockSkew, When.NotExists).WaitAsync(cancellationToken);
            return first ? NonceUse.First : NonceUse.Again;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Not logged here: FleetRedis says once that Redis is down; the tool error tells the caller.
            return NonceUse.Unavailable;
        }
    }
}
