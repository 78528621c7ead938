using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OktaSessionMcp.Telemetry;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Tools;

public sealed class ToolMetricsTests
{
    [Fact]
    public async Task ToolCall_SuccessAndError_AreCountedByToolAndOutcome()
    {
        // The server's Meter is static, shared with tests running beside this one: look for this test's calls among all.
        using var calls = new MetricCollector<long>(ServerTelemetry.ToolCalls);
        await using var server = await RunningServer.StartAsync();
        await using var client = await server.ConnectAsync();

        await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken = server.SimulatorClient.MintSessionToken() } });
        await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = "102notAKnownSession000000" });

        var seen = calls.GetMeasurementSnapshot().Select(m => (m.Value, m.Tags["tool"] as string, m.Tags["outcome"] as string)).ToList();
        Assert.Contains((1L, CreateSessionTool.Name, "success"), seen);
        Assert.Contains((1L, GetSessionTool.Name, "error"), seen);
    }
}
