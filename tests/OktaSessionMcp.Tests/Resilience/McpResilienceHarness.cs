using ModelContextProtocol.Client;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Resilience;

/// <summary>What the MCP-level resilience tests share.</summary>
internal static class McpResilienceHarness
{
    /// <summary>A fake clock's start: five seconds before a minute ends, so a 429's reset is 5 s away (a 6 s wait).</summary>
    public static readonly DateTimeOffset NearMinuteEnd = new(2026, 11, 22, 10, 0, 55, TimeSpan.Zero);

    /// <summary>
    /// A session made through the simulator's own API, so that the server's limits under test cannot fail it; then
    /// <paramref name="faults"/> set, with the request log empty.
    /// </summary>
    public static async Task<string> NewSessionUnderFaultsAsync(RunningServer server, object faults)
    {
        var sessionId = await server.SimulatorClient.NewSessionAsync();
        await server.SetFaultsAsync(faults);
        return sessionId;
    }

    public static async Task AssertAnswersNextCallAsync(RunningServer server, McpClient client, string sessionId)
    {
        await server.SetFaultsAsync(new { latencyMs = 0, errorRate = 0.0, rateLimitPerMinute = 0 });

        var result = await client.CallToolAsync(GetSessionTool.Name, SessionArguments(sessionId));

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(sessionId, result.StructuredContent!.Value.GetProperty("id").GetString());
    }

    public static Dictionary<string, object?> SessionArguments(string sessionId) => new() { ["sessionId"] = sessionId };
}
