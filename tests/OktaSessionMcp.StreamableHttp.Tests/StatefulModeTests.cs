using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>Sessions: opened by initialize, named by Mcp-Session-Id, ended by DELETE.</summary>
public sealed class StatefulModeTests
{
    [Fact]
    public async Task Initialize_StartsSessionWithRandomUrlSafeId()
    {
        await using var server = await StartAsync();

        var first = await InitializeAsync(server);
        var second = await InitializeAsync(server);

        Assert.Matches("^[A-Za-z0-9_-]{22}$", first);
        Assert.NotEqual(first, second);
        Assert.Equal(2, server.Services.GetRequiredService<SessionStore>().Count);
    }

    [Fact]
    public async Task Post_WithSessionId_IsServedBySessionAndEchoesId()
    {
        await using var server = await StartAsync();
        var sessionId = await InitializeAsync(server);

        using var notified = await server.Http.SendAsync(Raw.Post(Raw.Initialized, sessionId));
        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), sessionId));

        Assert.Equal(HttpStatusCode.Accepted, notified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sessionId, Raw.SessionIdOf(response));
        Assert.IsType<JsonRpcResponse>(await Raw.ReadResultAsync(response));
    }

    [Fact]
    public async Task Post_NonInitializeWithoutSessionId_Returns400EchoingId()
    {
        await using var server = await StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(id: 12)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new RequestId(12), (await Raw.ReadErrorAsync(response)).Id);
        Assert.Equal(0, server.Services.GetRequiredService<SessionStore>().Count);
    }

    [Fact]
    public async Task Post_UnknownSessionId_Returns404EchoingId()
    {
        await using var server = await StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(id: 13), sessionId: "unknown"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await Raw.ReadErrorAsync(response);
        Assert.Equal(-32001, error.Error.Code);
        Assert.Equal(new RequestId(13), error.Id);
    }

    [Fact]
    public async Task Initialize_BeyondMaxSessions_Returns503()
    {
        await using var server = await StartAsync(o => o.MaxSessions = 1);
        await InitializeAsync(server);

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Initialize(id: 4)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(new RequestId(4), (await Raw.ReadErrorAsync(response)).Id);
        Assert.Null(Raw.SessionIdOf(response));
        Assert.Equal(1, server.Services.GetRequiredService<SessionStore>().Count);
    }

    [Fact]
    public async Task Delete_EndsSession_ThenItsIdIs404()
    {
        await using var server = await StartAsync();
        var sessionId = await InitializeAsync(server);

        using var deleted = await server.Http.SendAsync(Raw.Delete(sessionId));
        using var after = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), sessionId));
        using var deletedAgain = await server.Http.SendAsync(Raw.Delete(sessionId));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.Equal(0, server.Services.GetRequiredService<SessionStore>().Count);
    }

    [Fact]
    public async Task Delete_WithoutSessionId_Returns400()
    {
        await using var server = await StartAsync();

        using var response = await server.Http.SendAsync(Raw.Delete());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Raw.ReadErrorAsync(response);
    }

    [Fact]
    public async Task AnyMethod_OnAnotherUsersSession_Returns403()
    {
        await using var server = await StartAsync();
        using var initialize = Raw.Post(Raw.Initialize());
        initialize.Headers.Add(McpTestServer.UserHeader, "alice");
        using var initialized = await server.Http.SendAsync(initialize);
        var sessionId = Raw.SessionIdOf(initialized)!;

        HttpRequestMessage[] asMallory = [Raw.Post(Raw.ToolsList(id: 21), sessionId), Raw.Get(sessionId), Raw.Delete(sessionId)];
        foreach (var request in asMallory)
        {
            request.Headers.Add(McpTestServer.UserHeader, "mallory");
            using (request)
            using (var response = await server.Http.SendAsync(request))
            {
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }
        }

        using var anonymous = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), sessionId));
        using var asAlice = Raw.Post(Raw.Call("whoami"), sessionId);
        asAlice.Headers.Add(McpTestServer.UserHeader, "alice");
        using var alice = await server.Http.SendAsync(asAlice);
        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Contains("alice", (await Raw.ReadResultAsync(alice)).Result!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OpensEventStreamOncePerSession()
    {
        await using var server = await StartAsync();
        var sessionId = await InitializeAsync(server);

        using var stream = await server.Http.SendAsync(Raw.Get(sessionId), HttpCompletionOption.ResponseHeadersRead);
        using var second = await server.Http.SendAsync(Raw.Get(sessionId));

        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        await Raw.ReadErrorAsync(second);
    }

    [Theory]
    [InlineData(null, "text/event-stream", HttpStatusCode.BadRequest)]
    [InlineData("unknown", "text/event-stream", HttpStatusCode.NotFound)]
    [InlineData("", "application/json", HttpStatusCode.NotAcceptable)]
    public async Task Get_WithoutUsableSessionOrAccept_IsRefused(string? sessionId, string accept, HttpStatusCode expected)
    {
        await using var server = await StartAsync();
        if (sessionId == "")
        {
            sessionId = await InitializeAsync(server);
        }

        using var response = await server.Http.SendAsync(Raw.Get(sessionId, accept: accept));

        Assert.Equal(expected, response.StatusCode);
        await Raw.ReadErrorAsync(response);
    }

    [Fact]
    public async Task Delete_WhileGetStreamOpen_EndsTheStream()
    {
        await using var server = await StartAsync();
        var sessionId = await InitializeAsync(server);
        using var stream = await server.Http.SendAsync(Raw.Get(sessionId), HttpCompletionOption.ResponseHeadersRead);
        var body = stream.Content.ReadAsStringAsync();

        using var deleted = await server.Http.SendAsync(Raw.Delete(sessionId));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await body.WaitAsync(TestTimeout.Guard);
    }

    [Fact]
    public async Task HostShutdown_EndsOpenGetStreams()
    {
        var server = await StartAsync();
        await using (server)
        {
            var sessionId = await InitializeAsync(server);
            using var stream = await server.Http.SendAsync(Raw.Get(sessionId), HttpCompletionOption.ResponseHeadersRead);
            var body = stream.Content.ReadAsStringAsync();

            await server.App.StopAsync().WaitAsync(TestTimeout.Guard);

            await body.WaitAsync(TestTimeout.Guard);
            Assert.Equal(0, server.Services.GetRequiredService<SessionStore>().Count);
        }
    }

    [Fact]
    public async Task Post_ClientHangsUp_CancelsTheToolInTheSession()
    {
        await using var server = await StartAsync();
        var sessionId = await InitializeAsync(server);
        using var hangUp = new CancellationTokenSource();

        var call = server.Http.SendAsync(Raw.Post(Raw.Call("wait_for_cancel"), sessionId), hangUp.Token);
        await server.Probe.Started.Task.WaitAsync(TestTimeout.Guard);
        await hangUp.CancelAsync();

        await server.Probe.Cancelled.Task.WaitAsync(TestTimeout.Guard);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        using var after = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), sessionId));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static Task<McpTestServer> StartAsync(Action<McpHttpOptions>? configure = null) =>
        McpTestServer.StartAsync(o =>
        {
            o.Stateful = true;
            configure?.Invoke(o);
        });

    private static async Task<string> InitializeAsync(McpTestServer server)
    {
        using var response = await server.Http.SendAsync(Raw.Post(Raw.Initialize()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<JsonRpcResponse>(await Raw.ReadResultAsync(response));
        return Raw.SessionIdOf(response)!;
    }
}
