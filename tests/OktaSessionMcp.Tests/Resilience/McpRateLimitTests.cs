using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Simulator;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Resilience;

/// <summary>
/// Okta's rate limit as an MCP client sees it, through the real host and the simulator on a fake clock: a wait that
/// fits is reported as progress and ends in the answer; one that does not is an error naming the reset time.
/// </summary>
public sealed class McpRateLimitTests
{
    [Fact]
    public async Task CallTool_RateLimitedWithinCapWithProgressToken_ReportsTheWaitAndSucceeds()
    {
        var clock = new ManualClock(McpResilienceHarness.NearMinuteEnd);
        await using var server = await RunningServer.StartAsync(
            simulatorOptions: new SimulatorOptions { TimeProvider = clock },
            configure: builder => builder.Services.PostConfigure<OktaClientOptions>(options => options.TimeProvider = clock));
        await using var client = await server.ConnectAsync();
        // The session's creation spends this minute's only request: the next one is refused until 10:01:00.
        var sessionId = await McpResilienceHarness.NewSessionUnderFaultsAsync(server, new { rateLimitPerMinute = 1 });
        var progress = new RecordingProgress();

        var call = client.CallToolAsync(GetSessionTool.Name, McpResilienceHarness.SessionArguments(sessionId), progress).AsTask();
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
        var clock = new ManualClock(McpResilienceHarness.NearMinuteEnd.AddSeconds(-55));
        await using var server = await RunningServer.StartAsync(simulatorOptions: new SimulatorOptions { TimeProvider = clock });
        await using var client = await server.ConnectAsync();
        var sessionId = await McpResilienceHarness.NewSessionUnderFaultsAsync(server, new { rateLimitPerMinute = 1 });

        // The simulator's clock stands still: a server that waited 61 s for the reset would never answer.
        var result = await client.CallToolAsync(GetSessionTool.Name, McpResilienceHarness.SessionArguments(sessionId));

        Assert.True(result.IsError);
        Assert.StartsWith("Okta's rate limit for this org is spent; it resets at 2026-11-22T10:01:00Z. Retry after that time.", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Contains("HTTP 429", ToolText.Of(result), StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotEqual(true, (await client.CallToolAsync(GetSessionTool.Name, McpResilienceHarness.SessionArguments(sessionId))).IsError);
    }
}
