using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OktaSessionMcp.StreamableHttp.Sessions;

/// <summary>The live stateful sessions, capped at <see cref="McpHttpOptions.MaxSessions"/>.</summary>
internal sealed class SessionStore(IOptions<McpHttpOptions> options, TimeProvider clock, SessionMemoryTrim memoryTrim, ILogger<SessionStore> logger)
{
    private readonly ConcurrentDictionary<string, ServerSession> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _addGate = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <returns><see langword="false"/> when the store is full; the caller still owns the session.</returns>
    public bool TryAdd(ServerSession session)
    {
        lock (_addGate)
        {
            if (_count >= options.Value.MaxSessions || !_sessions.TryAdd(session.Id, session))
            {
                return false;
            }

            Interlocked.Increment(ref _count);
            return true;
        }
    }

    public bool TryGet(string id, [NotNullWhen(true)] out ServerSession? session) => _sessions.TryGetValue(id, out session);

    /// <summary>Removes and disposes the session, whether or not a request is using it.</summary>
    public async Task CloseAsync(ServerSession session, string reason)
    {
        if (!_sessions.TryRemove(new KeyValuePair<string, ServerSession>(session.Id, session)))
        {
            return;
        }

        Interlocked.Decrement(ref _count);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Closing MCP session {SessionId} ({Reason}).", session.LogId, reason);
        }

        try
        {
            await session.DisposeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "MCP session {SessionId} failed while closing.", session.LogId);
        }

        memoryTrim.OnClosed();
    }

    /// <summary>Closes sessions idle past the timeout, then the oldest idle ones beyond the idle cap.</summary>
    public async Task PruneAsync()
    {
        var idleTimeout = options.Value.IdleTimeout;
        var cutoff = idleTimeout == Timeout.InfiniteTimeSpan ? DateTimeOffset.MinValue : clock.GetUtcNow() - idleTimeout;
        var idle = _sessions.Values.Where(s => s.IsIdle).OrderBy(s => s.LastActivity).ToList();
        var excess = idle.Count - options.Value.MaxIdleSessions;

        var closing = new List<Task>();
        foreach (var session in idle)
        {
            var timedOut = session.LastActivity < cutoff;
            if ((timedOut || excess > 0) && session.TryCloseIfIdle())
            {
                excess--;
                closing.Add(CloseAsync(session, timedOut ? "idle timeout" : "too many idle sessions"));
            }
        }

        await Task.WhenAll(closing);
    }

    public async Task CloseAllAsync()
    {
        await Task.WhenAll(_sessions.Values.Select(s => CloseAsync(s, "shutdown")));
    }
}
