using System.Collections.Concurrent;

namespace OktaSessionMcp.Policy;

/// <summary>
/// The nonces of confirmations already used, each kept until its confirmation would have expired anyway, so that a
/// confirmation works once. Bounded: when full of unexpired nonces it refuses new ones rather than grow.
/// </summary>
internal sealed class UsedNonces : INonceStore
{
    internal const int DefaultCapacity = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);
    private readonly Lock _pruning = new();
    private readonly TimeProvider _clock;
    private readonly int _capacity;

    public UsedNonces(TimeProvider clock)
        : this(clock, DefaultCapacity)
    {
    }

    internal UsedNonces(TimeProvider clock, int capacity)
    {
        _clock = clock;
        _capacity = capacity;
    }

    public int Count => _used.Count;

    public bool IsAvailable => true;

    public ValueTask<NonceUse> TryUseAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryUse(nonce, expires));

    public NonceUse TryUse(string nonce, DateTimeOffset expires)
    {
        if (_used.ContainsKey(nonce))
        {
            return NonceUse.Again;
        }

        if (_used.Count >= _capacity)
        {
            Prune();
        }

        if (_used.Count >= _capacity)
        {
            return NonceUse.Full;
        }

        return _used.TryAdd(nonce, expires) ? NonceUse.First : NonceUse.Again;
    }

    private void Prune()
    {
        lock (_pruning)
        {
            var now = _clock.GetUtcNow();
            foreach (var (nonce, expires) in _used)
            {
                if (expires <= now)
                {
                    _used.TryRemove(nonce, out _);
                }
            }
        }
    }
}
