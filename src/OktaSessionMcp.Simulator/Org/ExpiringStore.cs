using System.Collections.Concurrent;

namespace OktaSessionMcp.Simulator.Org;

/// <summary>
/// A thread-safe map whose entries expire. Expired entries are purged every <see cref="PurgeEvery"/> additions,
/// so memory stays bounded by what one lifetime's worth of traffic can create, without a background timer.
/// </summary>
internal sealed class ExpiringStore<T>(Func<T, DateTimeOffset> expiresAt)
    where T : class
{
    internal const int PurgeEvery = 256;

    private readonly ConcurrentDictionary<string, T> entries = new(StringComparer.Ordinal);
    private int additions;

    public int Count => entries.Count;

    public void Add(string key, T value, DateTimeOffset now)
    {
        entries[key] = value;
        if (Interlocked.Increment(ref additions) % PurgeEvery == 0)
        {
            PurgeExpired(now);
        }
    }

    public T? Find(string key, DateTimeOffset now) =>
        entries.TryGetValue(key, out var value) && now < expiresAt(value) ? value : null;

    /// <summary>Removes the entry and returns it if it was still live.</summary>
    public T? Take(string key, DateTimeOffset now) =>
        entries.TryRemove(key, out var value) && now < expiresAt(value) ? value : null;

    /// <summary>Replaces a live entry atomically; null when it is gone or expired.</summary>
    public T? Update(string key, Func<T, T> change, DateTimeOffset now)
    {
        while (entries.TryGetValue(key, out var current) && now < expiresAt(current))
        {
            var updated = change(current);
            if (entries.TryUpdate(key, updated, current))
            {
                return updated;
            }
        }

        return null;
    }

    public void RemoveWhere(Func<T, bool> predicate)
    {
        foreach (var entry in entries)
        {
            if (predicate(entry.Value))
            {
                entries.TryRemove(entry);
            }
        }
    }

    public void PurgeExpired(DateTimeOffset now) => RemoveWhere(value => now >= expiresAt(value));
}
