using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>SIGTERM lets a call in flight finish, then the process exits cleanly.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Sigterm_DuringSlowToolCall_CallCompletesAndProcessExitsZero()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = timeout.Token;
        await using var server = await ServerProcess.StartAsync(ct);
        using var http = new HttpClient();
        var sessionId = await CreateSessionAsync(http, server, ct);
        await PostJsonAsync(http, new Uri(server.SimulatorUrl, "/__sim/faults"), """{"latencyMs":1500}""", ct);
        await http.DeleteAsync(new Uri(server.SimulatorUrl, "/__sim/requests"), ct);

        var call = CallToolAsync(http, server, "get-details-about-session", $$"""{"sessionId":"{{sessionId}}"}""", ct);
        await WaitUntilOktaHasTheRequestAsync(http, server, ct);
        server.Terminate();

        using var result = await call;
        Assert.False(result.RootElement.GetProperty("result").TryGetProperty("isError", out var isError) && isError.GetBoolean());
        Assert.Equal(sessionId, result.RootElement.GetProperty("result").GetProperty("structuredContent").GetProperty("id").GetString());
        Assert.Equal(0, await server.ExitCodeAsync(ct));
    }

    private static async Task<string> CreateSessionAsync(HttpClient http, ServerProcess server, CancellationToken ct)
    {
        using var minted = await PostJsonAsync(http, new Uri(server.SimulatorUrl, "/__sim/session-tokens"), """{"login":"alice@example.com"}""", ct);
        var token = (await minted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("sessionToken").GetString();
        using var created = await CallToolAsync(http, server, "okta-create-session-session-token", $$$"""{"body":{"sessionToken":"{{{token}}}"}}""", ct);
        return created.RootElement.GetProperty("result").GetProperty("structuredContent").GetProperty("id").GetString()!;
    }

    private static async Task WaitUntilOktaHasTheRequestAsync(HttpClient http, ServerProcess server, CancellationToken ct)
    {
        // Polls an observable fact (the simulator has received the GET), not a guessed delay.
        while ((await http.GetFromJsonAsync<JsonElement>(new Uri(server.SimulatorUrl, "/__sim/requests"), ct)).GetArrayLength() == 0)
        {
            await Task.Delay(20, ct);
        }
    }

    private static async Task<JsonDocument> CallToolAsync(HttpClient http, ServerProcess server, string tool, string arguments, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.McpUrl)
        {
            Content = new StringContent(
                $$$"""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"{{{tool}}}","arguments":{{{arguments}}}}}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("MCP-Protocol-Version", "2025-11-25");
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync(ct);
        var data = body.Split('\n').Last(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
        return JsonDocument.Parse(data);
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient http, Uri uri, string json, CancellationToken ct)
    {
        var response = await http.PostAsync(uri, new StringContent(json, Encoding.UTF8, "application/json"), ct);
        response.EnsureSuccessStatusCode();
        return response;
    }
}
