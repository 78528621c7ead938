using OktaSessionMcp.Simulator;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Resilience;

/// <summary>
/// Okta's other faults as an MCP client sees them: a cancelled call cancels its Okta request, a slow Okta is a
/// timeout that says which limit ran out, a create is never sent twice; after each, the next call works.
/// </summary>
public sealed class McpFaultTests
{
    [Fact]
    public async Task CallTool_ClientCancels_CancelsTheOktaRequest()
    {
        // Only the simulator's clock is fake: its injected latency never ends by itself, and its timer tells when a
        // request is being held and when it was let go early because the server went away.
        var simulatorClock = new ManualClock(McpResilienceHarness.NearMinuteEnd);
        var latency = TimeSpan.FromMinutes(10);
        // The server's own timeouts are far beyond the test, so that only the client's cancellation can end the request.
        await using var server = await RunningServer.StartAsync(
            new Dictionary<string, string?> { ["Okta:AttemptTimeoutSeconds"] = "3600", ["Okta:TotalTimeoutSeconds"] = "3600" },
            simulatorOptions: new SimulatorOptions { TimeProvider = simulatorClock });
        await using var client = await server.ConnectAsync();
        var sessionId = await McpResilienceHarness.NewSessionUnderFaultsAsync(server, new { latencyMs = (int)latency.TotalMilliseconds });
        var abortedAtOkta = simulatorClock.CancelledAsync(latency);
        using var cancellation = new CancellationTokenSource();

        var call = client.CallToolAsync(GetSessionTool.Name, McpResilienceHarness.SessionArguments(sessionId), cancellationToken: cancellation.Token).AsTask();
        await simulatorClock.ScheduledAsync(latency);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await abortedAtOkta;
        Assert.Equal(0, Assert.Single(await server.SimulatorClient.RequestsAsync()).GetProperty("status").GetInt32());
        await McpResilienceHarness.AssertAnswersNextCallAsync(server, client, sessionId);
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
        var sessionId = await McpResilienceHarness.NewSessionUnderFaultsAsync(server, new { latencyMs = 600_000 });

        var get = await client.CallToolAsync(GetSessionTool.Name, McpResilienceHarness.SessionArguments(sessionId));
        var refresh = await client.CallToolAsync(RefreshSessionTool.Name, McpResilienceHarness.SessionArguments(sessionId));

        Assert.True(get.IsError);
        Assert.Equal("Okta did not answer getSession within 0.5 s on any of 3 attempts. Retry shortly.", ToolText.Of(get));
        Assert.True(refresh.IsError);
        Assert.StartsWith("Okta did not answer refreshSession within 0.5 s. The outcome is unknown", ToolText.Of(refresh), StringComparison.Ordinal);
        await McpResilienceHarness.AssertAnswersNextCallAsync(server, client, sessionId);
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
        Assert.Contains("HTTP 503", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Single(await server.SimulatorClient.RequestsAsync());
        await server.SetFaultsAsync(new { errorRate = 0.0 });
        // Okta failed before it redeemed the token, so the agent can simply try again.
        Assert.NotEqual(true, (await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken = token } })).IsError);
    }
}
