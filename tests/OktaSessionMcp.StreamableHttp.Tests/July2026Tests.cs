using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>2026-07-28: no initialize, no sessions, metadata on every request, mirrored headers.</summary>
public sealed class July2026Tests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ServerDiscover_InEitherMode_IsServedWithoutSession(bool stateful)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);

        using var response = await server.Http.SendAsync(Raw.Post2026("server/discover", Raw.Request2026("server/discover")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Raw.SessionIdOf(response));
        Assert.Contains(Raw.July2026, (await Raw.ReadResultAsync(response)).Result!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, server.Services.GetRequiredService<SessionStore>().Count);
    }

    [Fact]
    public async Task ToolsCall_WithMatchingHeaders_IsServed()
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = true);
        var body = Raw.Request2026("tools/call", new JsonObject { ["name"] = "echo", ["arguments"] = new JsonObject { ["message"] = "hello" } });

        using var response = await server.Http.SendAsync(Raw.Post2026("tools/call", body, name: "echo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hello", (await Raw.ReadResultAsync(response)).Result!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolsCall_WithBase64EncodedName_IsServed()
    {
        await using var server = await McpTestServer.StartAsync();
        var body = Raw.Request2026("tools/call", new JsonObject { ["name"] = "echo", ["arguments"] = new JsonObject { ["message"] = "x" } });

        using var response = await server.Http.SendAsync(Raw.Post2026("tools/call", body, name: "=?base64?ZWNobw==?="));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ToolsList_IsServed()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post2026("tools/list", Raw.Request2026("tools/list")));

        Assert.Contains("wait_for_cancel", (await Raw.ReadResultAsync(response)).Result!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("initialize")]
    [InlineData("ping")]
    [InlineData("logging/setLevel")]
    [InlineData("resources/subscribe")]
    [InlineData("resources/unsubscribe")]
    public async Task RemovedMethod_Returns404MethodNotFoundEchoingId(string method)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = true);

        using var response = await server.Http.SendAsync(Raw.Post2026(method, Raw.Request2026(method, id: 31)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await Raw.ReadErrorAsync(response);
        Assert.Equal((int)McpErrorCode.MethodNotFound, error.Error.Code);
        Assert.Equal(new RequestId(31), error.Id);
    }

    [Fact]
    public async Task UnknownMethod_ServerErrorIsMappedTo404()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post2026("no/such", Raw.Request2026("no/such", id: 32)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = Assert.IsType<JsonRpcError>(Assert.Single(await Raw.ReadEventsAsync(response)));
        Assert.Equal((int)McpErrorCode.MethodNotFound, error.Error.Code);
        Assert.Equal(new RequestId(32), error.Id);
    }

    [Fact]
    public async Task MetaVersionDiffersFromHeader_Returns400HeaderMismatch()
    {
        await using var server = await McpTestServer.StartAsync();
        var body = Raw.Request2026("tools/list", meta: Raw.Meta2026(version: "2025-11-25"));

        using var response = await server.Http.SendAsync(Raw.Post2026("tools/list", body));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, McpErrorCode.HeaderMismatch);
    }

    [Fact]
    public async Task BodyClaims2026WithoutHeader_Returns400HeaderMismatch()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Request2026("tools/list")));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, McpErrorCode.HeaderMismatch);
    }

    [Theory]
    [InlineData(MetaKeys.ProtocolVersion)]
    [InlineData(MetaKeys.ClientCapabilities)]
    public async Task MissingRequiredMeta_Returns400InvalidParams(string key)
    {
        await using var server = await McpTestServer.StartAsync();
        var meta = Raw.Meta2026();
        meta.Remove(key);

        using var response = await server.Http.SendAsync(Raw.Post2026("tools/list", Raw.Request2026("tools/list", meta: meta)));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, McpErrorCode.InvalidParams);
    }

    [Fact]
    public async Task ClientCapabilitiesNotAnObject_Returns400InvalidParams()
    {
        await using var server = await McpTestServer.StartAsync();
        var meta = Raw.Meta2026();
        meta[MetaKeys.ClientCapabilities] = "all of them";

        using var response = await server.Http.SendAsync(Raw.Post2026("tools/list", Raw.Request2026("tools/list", meta: meta)));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, McpErrorCode.InvalidParams);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("tools/call")]
    public async Task McpMethodHeaderMissingOrDifferent_Returns400HeaderMismatch(string? headerMethod)
    {
        await using var server = await McpTestServer.StartAsync();
        using var request = Raw.Post(Raw.Request2026("tools/list"), version: Raw.July2026);
        if (headerMethod is not null)
        {
            request.Headers.Add(McpHeaders.Method, headerMethod);
        }

        using var response = await server.Http.SendAsync(request);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, McpErrorCode.HeaderMismatch);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("whoami")]
    [InlineData("=?base64?not base64?=")]
    public async Task McpNameHeaderMissingOrDifferent_Returns400HeaderMismatch(string? headerName)
    {
        await using var server = await McpTestServer.StartAsync();
        var body = Raw.Request2026("tools/call", new JsonObject { ["name"] = "echo", ["arguments"] = new JsonObject { ["message"] = "x" } });

        using var response = await server.Http.SendAsync(Raw.Post2026("tools/call", body, name: headerName));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, McpErrorCode.HeaderMismatch);
    }

    [Fact]
    public async Task Notification_WithoutMeta_IsAccepted()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post("""{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}""", version: Raw.July2026));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task GetOrDelete_With2026Header_Returns405AllowingPost()
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = true);

        using var get = await server.Http.SendAsync(Raw.Get(sessionId: "any", version: Raw.July2026));
        using var delete = await server.Http.SendAsync(Raw.Delete(sessionId: "any", version: Raw.July2026));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        Assert.Equal(["POST"], get.Content.Headers.Allow);
        Assert.Equal(["POST"], delete.Content.Headers.Allow);
    }

    [Fact]
    public async Task ClientHangsUp_CancelsTheTool()
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = true);
        using var hangUp = new CancellationTokenSource();
        var body = Raw.Request2026("tools/call", new JsonObject { ["name"] = "wait_for_cancel" });

        var call = server.Http.SendAsync(Raw.Post2026("tools/call", body, name: "wait_for_cancel"), hangUp.Token);
        await server.Probe.Started.Task.WaitAsync(TestTimeout.Guard);
        await hangUp.CancelAsync();

        await server.Probe.Cancelled.Task.WaitAsync(TestTimeout.Guard);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    private static async Task AssertRejectedAsync(HttpResponseMessage response, HttpStatusCode status, McpErrorCode code)
    {
        Assert.Equal(status, response.StatusCode);
        var error = await Raw.ReadErrorAsync(response);
        Assert.Equal((int)code, error.Error.Code);
        Assert.Equal(new RequestId(7), error.Id);
    }
}
