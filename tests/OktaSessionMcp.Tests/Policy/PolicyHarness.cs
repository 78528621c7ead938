using System.Net.Http.Headers;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>What the policy tests share: clients of each kind, a live Okta session to act on, and what reached Okta.</summary>
internal static class PolicyHarness
{
    public const string Legacy = "2025-11-25";

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);

    /// <param name="protocolVersion">Null: the SDK's default, 2026-07-28.</param>
    /// <param name="elicit">The person's answer; null declares no elicitation capability.</param>
    public static Task<McpClient> ConnectAsync(
        RunningServer server,
        string? protocolVersion = null,
        Func<ElicitRequestParams?, CancellationToken, ValueTask<ElicitResult>>? elicit = null,
        CancellationToken cancellationToken = default)
    {
        var options = new McpClientOptions { ProtocolVersion = protocolVersion };
        options.Handlers.ElicitationHandler = elicit;
        return McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = server.McpUrl, TransportMode = HttpTransportMode.StreamableHttp }),
            options,
            cancellationToken: cancellationToken);
    }

    /// <summary>An answer from the person: accept with confirm = <paramref name="confirm"/>, or decline / cancel.</summary>
    public static ElicitResult Answer(string action, bool confirm = true) => new()
    {
        Action = action,
        Content = action == "accept" ? new Dictionary<string, JsonElement> { ["confirm"] = JsonSerializer.SerializeToElement(confirm) } : null,
    };

    /// <summary>Creates a session straight at the simulator (not through the server), then clears its request log.</summary>
    public static Task<string> NewSessionAsync(RunningServer server) => server.SimulatorClient.NewSessionAsync();

    /// <summary>The requests Okta received since the log was last cleared, as "METHOD path".</summary>
    public static async Task<IReadOnlyList<string>> OktaCallsAsync(RunningServer server) =>
        [.. (await server.SimulatorClient.RequestsAsync()).Select(r => $"{r.GetProperty("method").GetString()} {r.GetProperty("rawTarget").GetString()}")];

    public static async Task<bool> IsActiveAsync(RunningServer server, string sessionId)
    {
        using var http = new HttpClient { BaseAddress = server.Simulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SSWS", server.Simulator.ApiKey);
        using var response = await http.GetAsync(new Uri($"/api/v1/sessions/{sessionId}", UriKind.Relative));
        return response.IsSuccessStatusCode;
    }
}
