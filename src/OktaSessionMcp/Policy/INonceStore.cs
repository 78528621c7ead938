namespace OktaSessionMcp.Policy;

/// <summary>
/// Where used confirmation nonces are remembered, so that a confirmation works once: in this process
/// (<see cref="UsedNonces"/>, the default), or in Redis for a fleet (<c>Fleet/RedisUsedNonces</c>, with --redis).
/// </summary>
internal interface INonceStore
{
    /// <summary>False while the store is known to be unreachable: a confirmation is then refused before anyone is asked.</summary>
    bool IsAvailable { get; }

    /// <summary>Records the nonce until <paramref name="expires"/>; <see cref="NonceUse.Unavailable"/> when that could not be checked.</summary>
    ValueTask<NonceUse> TryUseAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken);
}
