using OktaSessionMcp.Policy;
using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// Used confirmation nonces in Redis, so a requestState is honoured once across the fleet: one SET NX with an expiry
/// (the state's own), atomic in Redis, so of two instances that receive the same state at once exactly one wins. If
/// Redis cannot be asked, or does not answer, the nonce is not known to be unused and the confirmation fails closed.
/// </summary>
internal sealed class RedisUsedNonces(FleetRedis redis, TimeProvider clock) : INonceStore
{
    internal const string KeyPrefix = "okta-session-mcp:nonce:";

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
            var first = await redis.Database.StringSetAsync(KeyPrefix + nonce, 1, lifetime, When.NotExists).WaitAsync(cancellationToken);
            return first ? NonceUse.First : NonceUse.Again;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Not logged here: FleetRedis says once that Redis is down; the tool error tells the caller.
            return NonceUse.Unavailable;
        }
    }
}
