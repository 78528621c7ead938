using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Okta.Tests.TestHost;
using OktaSessionMcp.StreamableHttp.Sessions;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>
/// The background sweep, driven by a fake clock through the host's DI. Which sessions a sweep keeps
/// is proven deterministically in <see cref="SessionStoreTests"/>.
/// </summary>
public sealed class SessionReaperTests
{
    [Fact]
    public async Task Sweep_AfterIdleTimeout_ClosesSessionAndItsIdBecomes404()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var server = await McpTestServer.StartAsync(
            o =>
            {
                o.Stateful = true;
                o.IdleTimeout = TimeSpan.FromMinutes(1);
            },
            services => services.AddSingleton<TimeProvider>(clock));
        using var initialized = await server.Http.SendAsync(Raw.Post(Raw.Initialize()));
        var sessionId = Raw.SessionIdOf(initialized)!;
        await Raw.ReadResultAsync(initialized);
        Assert.True(server.Services.GetRequiredService<SessionStore>().TryGet(sessionId, out var session));
        var closed = new TaskCompletionSource();
        session.Closed.Register(closed.SetResult);
        await clock.ScheduledAsync(SessionReaper.SweepInterval);

        clock.Advance(TimeSpan.FromMinutes(1) + SessionReaper.SweepInterval);

        await closed.Task.WaitAsync(TestTimeout.Guard);
        using var after = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), sessionId));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }
}
