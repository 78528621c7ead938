using System.Net;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>The default mode: every POST stands alone, and there is nothing to GET or DELETE.</summary>
public sealed class StatelessModeTests
{
    [Fact]
    public async Task Post_ToolsListWithoutInitialize_AnswersWithoutSessionId()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Raw.SessionIdOf(response));
        Assert.Contains("\"echo\"", (await Raw.ReadResultAsync(response)).Result!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Initialize_AnswersWithoutSessionId()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Initialize()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Raw.SessionIdOf(response));
        Assert.IsType<JsonRpcResponse>(await Raw.ReadResultAsync(response));
    }

    [Fact]
    public async Task Post_WithSessionIdHeader_IgnoresIt()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), sessionId: "made-up"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Raw.SessionIdOf(response));
    }

    [Fact]
    public async Task Get_Stateless_Returns405AllowingPost()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Get());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        await Raw.ReadErrorAsync(response);
    }

    [Fact]
    public async Task Delete_Stateless_Returns405AllowingPost()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Delete(sessionId: "anything"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_ToolReportingProgress_StreamsProgressAndLogBeforeResult()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Call("report_progress", meta: """{"progressToken":"p-1"}""")));

        var events = await Raw.ReadEventsAsync(response);
        Assert.Equal(
            [NotificationMethods.ProgressNotification, "notifications/message", "result"],
            events.Select(e => e is JsonRpcNotification n ? n.Method : "result"));
        Assert.Contains("\"p-1\"", ((JsonRpcNotification)events[0]).Params!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AuthenticatedCaller_ToolSeesTheUser()
    {
        await using var server = await McpTestServer.StartAsync();
        using var request = Raw.Post(Raw.Call("whoami"));
        request.Headers.Add(McpTestServer.UserHeader, "alice");

        using var response = await server.Http.SendAsync(request);

        Assert.Contains("alice", (await Raw.ReadResultAsync(response)).Result!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ClientHangsUp_CancelsTheTool()
    {
        await using var server = await McpTestServer.StartAsync();
        using var hangUp = new CancellationTokenSource();

        // Reading the whole response keeps SendAsync pending, so cancelling it drops the connection.
        var call = server.Http.SendAsync(Raw.Post(Raw.Call("wait_for_cancel")), hangUp.Token);
        await server.Probe.Started.Task.WaitAsync(TestTimeout.Guard);
        await hangUp.CancelAsync();

        await server.Probe.Cancelled.Task.WaitAsync(TestTimeout.Guard);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
