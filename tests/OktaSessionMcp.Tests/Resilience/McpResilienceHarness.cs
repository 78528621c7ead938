using System.Net.Http.Json;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Resilience;

/// <summary>What the MCP-level resilience tests share.</summary>
internal static class McpResilienceHarness
{
    /// <summary>A session made through the simulator's own API, so that the server's limits under test cannot fail it.</summary>
    public static async Task<string> CreateSessionAsync(RunningServer server)
    {
        using var http = new HttpClient { BaseAddress = server.Simulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions")
        {
            Content = JsonContent.Create(new { sessionToken = server.SimulatorClient.MintSessionToken() }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"SSWS {server.Simulator.ApiKey}");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task AssertAnswersNextCallAsync(RunningServer server, McpClient client, string sessionId)
    {
        await server.SetFaultsAsync(new { latencyMs = 0, errorRate = 0.0, rateLimitPerMinute = 0 });

        var result = await client.CallToolAsync(GetSessionTool.Name, SessionArguments(sessionId));

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(sessionId, result.StructuredContent!.Value.GetProperty("id").GetString());
    }

    public static Dictionary<string, object?> SessionArguments(string sessionId) => new() { ["sessionId"] = sessionId };

    public static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
