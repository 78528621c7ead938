using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>The SDK's own client, over real HTTP, against the adapter.</summary>
public sealed class SdkClientTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DefaultClient_Speaks2026AndListsAndCallsTools(bool stateful)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);
        var recorder = new RecordingHandler();
        await using var client = await ConnectAsync(server, recorder, new McpClientOptions());

        var tools = await client.ListToolsAsync();
        var result = await client.CallToolAsync("echo", new Dictionary<string, object?> { ["message"] = "over 2026" });

        Assert.Equal("2026-07-28", client.NegotiatedProtocolVersion);
        Assert.Contains(tools, t => t.Name == "echo");
        Assert.Equal("over 2026", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
        Assert.All(recorder.Requests, r => Assert.Null(r.SessionId));
        Assert.Equal(0, server.Services.GetRequiredService<SessionStore>().Count);
    }

    [Fact]
    public async Task LegacyClient_Stateless_ListsAndCallsTools()
    {
        await using var server = await McpTestServer.StartAsync();
        var recorder = new RecordingHandler();
        await using var client = await ConnectAsync(server, recorder, Legacy());

        var tools = await client.ListToolsAsync();
        var result = await client.CallToolAsync("echo", new Dictionary<string, object?> { ["message"] = "stateless" });

        Assert.Contains(tools, t => t.Name == "report_progress");
        Assert.Equal("stateless", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
        Assert.Null(client.SessionId);
    }

    [Fact]
    public async Task LegacyClient_Stateful_ReusesOneSessionAndDeletesItOnDispose()
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = true);
        var recorder = new RecordingHandler();
        var client = await ConnectAsync(server, recorder, Legacy());
        string? sessionId;
        await using (client)
        {
            sessionId = client.SessionId;
            await client.ListToolsAsync();
            await client.CallToolAsync("echo", new Dictionary<string, object?> { ["message"] = "stateful" });
            Assert.Equal(1, server.Services.GetRequiredService<SessionStore>().Count);
        }

        Assert.NotNull(sessionId);
        var afterInitialize = recorder.Requests.Skip(1).ToList();
        Assert.All(afterInitialize, r => Assert.Equal(sessionId, r.SessionId));
        Assert.Contains(afterInitialize, r => r.Method == HttpMethod.Delete && r.Status == 204);
        Assert.Equal(0, server.Services.GetRequiredService<SessionStore>().Count);
    }

    [Fact]
    public async Task LegacyClient_Stateful_AnswersElicitationSentOnThePostStream()
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = true);
        var options = Legacy();
        options.Handlers.ElicitationHandler = (request, _) => ValueTask.FromResult(new ElicitResult { Action = "accept" });
        await using var client = await ConnectAsync(server, new RecordingHandler(), options);

        var result = await client.CallToolAsync("ask_user");

        Assert.Equal("accept", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
    }

    [Fact]
    public async Task LegacyClient_Stateful_AnswersServerRequestSentOnTheGetStream()
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = true);
        var recorder = new RecordingHandler();
        var options = Legacy();
        options.Handlers.ElicitationHandler = (request, _) => ValueTask.FromResult(new ElicitResult { Action = request?.Message == "From GET" ? "accept" : "decline" });
        await using var client = await ConnectAsync(server, recorder, options);
        await recorder.GetStreamOpened.Task.WaitAsync(TestTimeout.Guard);
        Assert.True(server.Services.GetRequiredService<SessionStore>().TryGet(client.SessionId!, out var session));

        // Outside any request, the server can reach the client only over the session's GET stream.
        var answer = await session.Server.ElicitAsync(
            new ElicitRequestParams { Message = "From GET", RequestedSchema = new() },
            CancellationToken.None).AsTask().WaitAsync(TestTimeout.Guard);

        Assert.Equal("accept", answer.Action);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(true, "2025-11-25")]
    public async Task CancellingACall_CancelsTheTool(bool stateful, string? protocolVersion)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);
        await using var client = await ConnectAsync(server, new RecordingHandler(), new McpClientOptions { ProtocolVersion = protocolVersion });
        using var cancel = new CancellationTokenSource();

        var call = client.CallToolAsync("wait_for_cancel", cancellationToken: cancel.Token).AsTask();
        await server.Probe.Started.Task.WaitAsync(TestTimeout.Guard);
        await cancel.CancelAsync();

        await server.Probe.Cancelled.Task.WaitAsync(TestTimeout.Guard);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    private static McpClientOptions Legacy() => new() { ProtocolVersion = "2025-11-25" };

    private static async Task<McpClient> ConnectAsync(McpTestServer server, RecordingHandler recorder, McpClientOptions options)
    {
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = server.Endpoint, TransportMode = HttpTransportMode.StreamableHttp },
            new HttpClient(recorder),
            loggerFactory: null,
            ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, options);
    }
}
