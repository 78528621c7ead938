using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;
using OktaSessionMcp.Okta.Tests.TestHost;
using OktaSessionMcp.StreamableHttp.Sessions;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>Which sessions a sweep closes, on a clock the test moves.</summary>
public sealed class SessionStoreTests : IDisposable
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private SessionMemoryTrim? _memoryTrim;

    public void Dispose() => _memoryTrim?.Dispose();

    [Fact]
    public async Task Prune_SessionIdlePastTimeout_IsClosedAndNewerOneKept()
    {
        var store = CreateStore(o => o.IdleTimeout = TimeSpan.FromMinutes(10));
        var old = Add(store, "old-session");
        _clock.Advance(TimeSpan.FromMinutes(6));
        var recent = Add(store, "recent-session");
        _clock.Advance(TimeSpan.FromMinutes(6));

        await store.PruneAsync();

        Assert.True(old.Closed.IsCancellationRequested);
        Assert.False(recent.Closed.IsCancellationRequested);
        Assert.False(store.TryGet("old-session", out _));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task Prune_SessionInUse_IsNeverClosed()
    {
        var store = CreateStore(o => o.IdleTimeout = TimeSpan.FromMinutes(1));
        var busy = Add(store, "busy-session");
        using var lease = busy.TryAcquire();
        _clock.Advance(TimeSpan.FromHours(1));

        await store.PruneAsync();

        Assert.False(busy.Closed.IsCancellationRequested);
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task Prune_MoreIdleSessionsThanAllowed_ClosesOldestFirst()
    {
        var store = CreateStore(o => o.MaxIdleSessions = 2);
        var sessions = new List<ServerSession>();
        for (var i = 0; i < 4; i++)
        {
            sessions.Add(Add(store, $"session-{i}"));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        await store.PruneAsync();

        Assert.Equal([true, true, false, false], sessions.Select(s => s.Closed.IsCancellationRequested));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task Prune_InfiniteTimeout_KeepsIdleSessions()
    {
        var store = CreateStore(o => o.IdleTimeout = Timeout.InfiniteTimeSpan);
        var session = Add(store, "forever-session");
        _clock.Advance(TimeSpan.FromDays(365));

        await store.PruneAsync();

        Assert.False(session.Closed.IsCancellationRequested);
    }

    [Fact]
    public async Task TryAcquire_AfterSessionClosed_ReturnsNull()
    {
        var store = CreateStore();
        var session = Add(store, "closing-session");

        await store.CloseAsync(session, "test");

        Assert.Null(session.TryAcquire());
        Assert.Equal(0, store.Count);
    }

    [Theory]
    [InlineData(SessionMemoryTrim.Burst - 1, 0)]
    [InlineData(SessionMemoryTrim.Burst, 1)]
    public async Task Close_BurstOfSessionsThenQuiet_CollectsOnceForTheBurst(int closed, int collections)
    {
        var store = CreateStore();
        var sessions = Enumerable.Range(0, closed).Select(i => Add(store, $"session-{i}")).ToList();

        foreach (var session in sessions)
        {
            await store.CloseAsync(session, "test");
        }

        _clock.Advance(SessionMemoryTrim.Settle - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, _memoryTrim!.Collections);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(collections, _memoryTrim.Collections);
        _clock.Advance(SessionMemoryTrim.Settle * 10);
        Assert.Equal(collections, _memoryTrim.Collections);
    }

    [Fact]
    public void TryAdd_AtMaxSessions_Refuses()
    {
        var store = CreateStore(o => o.MaxSessions = 1);
        Add(store, "first-session");

        Assert.False(store.TryAdd(NewSession("second-session")));
        Assert.Equal(1, store.Count);
    }

    private SessionStore CreateStore(Action<McpHttpOptions>? configure = null)
    {
        var options = new McpHttpOptions();
        configure?.Invoke(options);
        _memoryTrim = new SessionMemoryTrim(_clock);
        return new SessionStore(Options.Create(options), _clock, _memoryTrim, NullLogger<SessionStore>.Instance);
    }

    private ServerSession Add(SessionStore store, string id)
    {
        var session = NewSession(id);
        Assert.True(store.TryAdd(session));
        return session;
    }

    private ServerSession NewSession(string id)
    {
        var transport = new StreamableHttpServerTransport { SessionId = id };
        return new ServerSession(id, transport, McpServer.Create(transport, new McpServerOptions()), user: null, _clock);
    }
}
