using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OktaSessionMcp.Telemetry;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Tools;

public sealed class ToolMetricsTests
{
    [Fact]
    public async Task ToolCall_SuccessAndError_AreCountedByToolAndOutcome()
    {
        var calls = new ConcurrentBag<(long Value, string Tool, string Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ServerTelemetry.Name && instrument.Name == "okta_session_mcp.tool.calls")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var pairs = tags.ToArray();
            calls.Add((value, Tag(pairs, "tool"), Tag(pairs, "outcome")));
        });
        listener.Start();
        await using var server = await RunningServer.StartAsync();
        await using var client = await server.ConnectAsync();

        await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken = server.SimulatorClient.MintSessionToken() } });
        await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = "102notAKnownSession000000" });

        Assert.Contains((1L, CreateSessionTool.Name, "success"), calls);
        Assert.Contains((1L, GetSessionTool.Name, "error"), calls);
    }

    private static string Tag(KeyValuePair<string, object?>[] tags, string key) =>
        tags.First(t => t.Key == key).Value as string ?? "";
}
