using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Okta.Tests.TestHost;
using OktaSessionMcp.StreamableHttp.Endpoint;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>How an answer goes on the wire: in one piece when it is quick and alone, streamed otherwise.</summary>
public sealed class AnswerFramingTests
{
    [Fact]
    public async Task Post_StatelessQuickAnswer_IsOneEventWithContentLength()
    {
        await using var server = await StartAsync();

        using var response = await SendAsync(server, Raw.Post(Raw.Call("echo", """{"message":"hi"}""")));

        await AssertWholeAnswerAsync(response);
    }

    [Fact]
    public async Task Post_StatefulQuickAnswer_IsOneEventWithContentLength()
    {
        await using var server = await StartAsync(stateful: true);
        using var initialize = await SendAsync(server, Raw.Post(Raw.Initialize()));
        var sessionId = Raw.SessionIdOf(initialize);
        await AssertWholeAnswerAsync(initialize);

        using var response = await SendAsync(server, Raw.Post(Raw.Call("echo", """{"message":"hi"}"""), sessionId));

        await AssertWholeAnswerAsync(response);
    }

    [Fact]
    public async Task Post_July2026QuickAnswer_IsOneEventWithContentLength()
    {
        await using var server = await StartAsync();
        var body = Raw.Request2026("tools/call", new() { ["name"] = "echo", ["arguments"] = new System.Text.Json.Nodes.JsonObject { ["message"] = "hi" } });

        using var response = await SendAsync(server, Raw.Post2026("tools/call", body, "echo"));

        await AssertWholeAnswerAsync(response);
    }

    [Fact]
    public async Task Post_NotificationsBeforeTheAnswer_AreStreamedInChunks()
    {
        await using var server = await StartAsync();

        using var response = await SendAsync(server, Raw.Post(Raw.Call("report_progress", meta: """{"progressToken":"p-1"}""")));

        Assert.Null(response.Content.Headers.ContentLength);
        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Equal(3, (await Raw.ReadEventsAsync(response)).Count);
    }

    [Fact]
    public async Task Post_SlowTool_HeadersArriveWhileItRuns()
    {
        await using var server = await StartAsync();
        using var hangUp = new CancellationTokenSource();

        var headers = server.Http.SendAsync(Raw.Post(Raw.Call("wait_for_cancel")), HttpCompletionOption.ResponseHeadersRead, hangUp.Token);
        await server.Probe.Started.Task.WaitAsync(TestTimeout.Guard);
        await Clock(server).ScheduledAsync(AnswerStream.HeaderGrace);
        Clock(server).Advance(AnswerStream.HeaderGrace);

        // The tool never answers, so these headers can only come from the grace-period flush.
        using var response = await headers.WaitAsync(TestTimeout.Guard);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.False(server.Probe.Cancelled.Task.IsCompleted);
        await hangUp.CancelAsync();
    }

    // The header grace runs on a clock that moves only when a test advances it, so no answer here is ever "slow".
    private static Task<McpTestServer> StartAsync(bool stateful = false) => McpTestServer.StartAsync(
        o => o.Stateful = stateful,
        services => services.AddSingleton<TimeProvider>(new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))));

    private static ManualClock Clock(McpTestServer server) => (ManualClock)server.Services.GetRequiredService<TimeProvider>();

    // Headers only, so that Content-Length is the server's header and not the length of a buffered body.
    private static Task<HttpResponseMessage> SendAsync(McpTestServer server, HttpRequestMessage request) =>
        server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

    private static async Task AssertWholeAnswerAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        var declaredLength = response.Content.Headers.ContentLength;
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, declaredLength);
        Assert.StartsWith("event: message\ndata: {", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.IsType<JsonRpcResponse>(Assert.Single(await Raw.ReadEventsAsync(response)));
    }
}
