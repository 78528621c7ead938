using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Simulator;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Resilience;

/// <summary>
/// Okta's faults as an MCP client sees them, through the real host and the simulator: what the agent reads, that a
/// cancelled call cancels its Okta request, that a rate-limit wait reports progress, and that the next call works.
/// </summary>
public sealed class McpResilienceTests
{
    private static readonly DateTimeOffset NearMinuteEnd = new(2026, 11, 22, 10, 0, 55, TimeSpan.Zero);

    [Fact]
    public async Task CallTool_ClientCancels_CancelsTheOktaRequest()
    {
        var probe = new OktaRequestProbe();
        await using var server = await RunningServer.StartAsync(configure: builder =>
            builder.Services.AddHttpClient(nameof(IOktaSessionClient)).AddHttpMessageHandler(() => probe));
        await using var client = await server.ConnectAsync();
        var sessionId = await CreateSessionAsync(client, server);
        await server.SetFaultsAsync(new { latencyMs = 600_000 });
        await server.SimulatorClient.ClearRequestsAsync();
        using var cancellation = new CancellationTokenSource();

        var call = client.CallToolAsync(GetSessionTool.Name, SessionArguments(sessionId), cancellationToken: cancellation.Token).AsTask();
        await probe.Started;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        // The server cancelled the request it had sent to Okta, which the simulator saw end without an answer.
        await probe.Cancelled;
        Assert.Equal(0, Assert.Single(await server.SimulatorClient.RequestsAsync()).GetProperty("status").GetInt32());
        await AssertAnswersNextCallAsync(server, client, sessionId);
    }

    [Fact]
    public async Task CallTool_RateLimitedWithinCapWithProgressToken_ReportsTheWaitAndSucceeds()
    {
        var clock = new ManualClock(NearMinuteEnd);
        await using var server = await RunningServer.StartAsync(
            simulatorOptions: new SimulatorOptions { TimeProvider = clock },
            configure: builder => builder.Services.PostConfigure<OktaClientOptions>(options => options.TimeProvider = clock));
        await using var client = await server.ConnectAsync();
        var sessionId = await CreateSessionAsync(client, server);
        // The creation spent this minute's only request: the next one is refused until 10:01:00.
        await server.SetFaultsAsync(new { rateLimitPerMinute = 1 });
        var progress = new RecordingProgress();

        var call = client.CallToolAsync(GetSessionTool.Name, SessionArguments(sessionId), progress).AsTask();
        await clock.ScheduledAsync(TimeSpan.FromSeconds(6));
        var reported = await progress.First;
        clock.Advance(TimeSpan.FromSeconds(6));
        var result = await call;

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(sessionId, result.StructuredContent!.Value.GetProperty("id").GetString());
        Assert.Equal(1, reported.Progress);
        Assert.Equal("Okta's rate limit is spent until 2026-11-22T10:01:00Z; waiting 6 s, then retry 1 of 2.", reported.Message);
    }

    [Fact]
    public async Task CallTool_RateLimitResetBeyondCap_ErrorNamesTheResetTimeAndNextWindowWorks()
    {
        var clock = new ManualClock(NearMinuteEnd.AddSeconds(-55));
        await using var server = await RunningServer.StartAsync(simulatorOptions: new SimulatorOptions { TimeProvider = clock });
        await using var client = await server.ConnectAsync();
        var sessionId = await CreateSessionAsync(client, server);
        await server.SetFaultsAsync(new { rateLimitPerMinute = 1 });

        // The simulator's clock stands still: a server that waited 61 s for the reset would never answer.
        var result = await client.CallToolAsync(GetSessionTool.Name, SessionArguments(sessionId));

        Assert.True(result.IsError);
        Assert.StartsWith("Okta's rate limit for this org is spent; it resets at 2026-11-22T10:01:00Z. Retry after that time.", Text(result), StringComparison.Ordinal);
        Assert.Contains("HTTP 429", Text(result), StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotEqual(true, (await client.CallToolAsync(GetSessionTool.Name, SessionArguments(sessionId))).IsError);
    }

    [Fact]
    public async Task CallTool_OktaSlowerThanTheConfiguredAttemptTimeout_ErrorSaysSoAndNextCallWorks()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Okta:AttemptTimeoutSeconds"] = "0.5",
            ["Okta:TransientRetryDelaySeconds"] = "0.01",
        });
        await using var client = await server.ConnectAsync();
        var sessionId = await CreateSessionAsync(client, server);
        await server.SetFaultsAsync(new { latencyMs = 600_000 });

        var get = await client.CallToolAsync(GetSessionTool.Name, SessionArguments(sessionId));
        var refresh = await client.CallToolAsync(RefreshSessionTool.Name, SessionArguments(sessionId));

        Assert.True(get.IsError);
        Assert.Equal("Okta did not answer getSession within 0.5 s on any of 3 attempts. Retry shortly.", Text(get));
        Assert.True(refresh.IsError);
        Assert.StartsWith("Okta did not answer refreshSession within 0.5 s. The outcome is unknown", Text(refresh), StringComparison.Ordinal);
        await AssertAnswersNextCallAsync(server, client, sessionId);
    }

    [Fact]
    public async Task CallTool_ServiceUnavailable_CreateIsSentOnceAndSaysSo()
    {
        await using var server = await RunningServer.StartAsync();
        await using var client = await server.ConnectAsync();
        var token = server.SimulatorClient.MintSessionToken();
        await server.SetFaultsAsync(new { errorRate = 1.0, errorStatus = 503 });
        await server.SimulatorClient.ClearRequestsAsync();

        var result = await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken = token } });

        Assert.True(result.IsError);
        Assert.Contains("HTTP 503", Text(result), StringComparison.Ordinal);
        Assert.Single(await server.SimulatorClient.RequestsAsync());
        await server.SetFaultsAsync(new { errorRate = 0.0 });
        // Okta failed before it redeemed the token, so the agent can simply try again.
        Assert.NotEqual(true, (await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken = token } })).IsError);
    }

    private static async Task<string> CreateSessionAsync(ModelContextProtocol.Client.McpClient client, RunningServer server)
    {
        var created = await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?>
        {
            ["body"] = new { sessionToken = server.SimulatorClient.MintSessionToken() },
        });
        Assert.NotEqual(true, created.IsError);
        return created.StructuredContent!.Value.GetProperty("id").GetString()!;
    }

    private static async Task AssertAnswersNextCallAsync(RunningServer server, ModelContextProtocol.Client.McpClient client, string sessionId)
    {
        await server.SetFaultsAsync(new { latencyMs = 0, errorRate = 0.0, rateLimitPerMinute = 0 });

        var result = await client.CallToolAsync(GetSessionTool.Name, SessionArguments(sessionId));

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(sessionId, result.StructuredContent!.Value.GetProperty("id").GetString());
    }

    private static Dictionary<string, object?> SessionArguments(string sessionId) => new() { ["sessionId"] = sessionId };

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    /// <summary>Records progress as it arrives; Progress&lt;T&gt; would post it to the thread pool, out of order.</summary>
    private sealed class RecordingProgress : IProgress<ProgressNotificationValue>
    {
        private readonly TaskCompletionSource<ProgressNotificationValue> first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<ProgressNotificationValue> Values { get; } = new();

        public Task<ProgressNotificationValue> First => first.Task;

        public void Report(ProgressNotificationValue value)
        {
            Values.Enqueue(value);
            first.TrySetResult(value);
        }
    }
}
