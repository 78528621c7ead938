using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Simulator;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>
/// Runs every tool and REST route, with confirmations and failures, at Trace level, with known canary secrets: the API
/// token, each session token and each session id. None may appear in a log line (message, state or exception), and
/// none in a result, except the session id inside the Session object that a create, get or refresh returns.
/// </summary>
public sealed class CanarySecretTests
{
    private const string ApiToken = "canary-api-token-7c41d9e2b5a8f3";
    private const string WrongApiToken = "canary-wrong-api-token-2b8e5f1a9c4d";

    private readonly List<string> _sessionTokens = [];
    private readonly List<string> _sessionIds = [];
    private readonly List<(string Where, string Text, string? AllowedId)> _outputs = [];
    private readonly ConcurrentQueue<string> _questions = new();

    [Fact]
    public async Task EveryToolAndRoute_AtTrace_NoSecretInLogsResultsOrErrors()
    {
        await using var server = await RunningServer.StartAsync(
            PolicyHarness.Settings(("Server:Stateful", "true")), simulatorOptions: new SimulatorOptions { ApiKey = ApiToken });
        await using var rejected = await RunningServer.StartAsync(apiToken: WrongApiToken);

        await using (var legacy = await PolicyHarness.ConnectAsync(server, PolicyHarness.Legacy, Accept))
        {
            await RunToolsAsync(server, legacy, "2025-11-25");
        }

        await using (var current = await PolicyHarness.ConnectAsync(server, elicit: Accept))
        {
            await RunToolsAsync(server, current, "2026-07-28");
        }

        await RunRestAsync(server);
        await RunMalformedAsync(server);
        await using (var client = await rejected.ConnectAsync())
        {
            var result = await client.CallToolAsync(GetSessionTool.Name, Arguments("sessionId", "102CanaryOfTheRejectedToken"));
            Record("rejected token", result, allowedId: null);
        }

        Assert.NotEmpty(_questions);
        Assert.Equal(5, _sessionIds.Count);
        AssertNoSecretIn("logs", server.Logs.AllText + rejected.Logs.AllText, allowedId: null, secrets: [WrongApiToken]);
        foreach (var question in _questions)
        {
            AssertNoSecretIn("confirmation question", question, allowedId: null);
        }

        foreach (var (where, text, allowedId) in _outputs)
        {
            AssertNoSecretIn(where, text, allowedId, secrets: [WrongApiToken]);
        }
    }

    private async Task RunToolsAsync(RunningServer server, McpClient client, string revision)
    {
        var token = Mint(server);
        var created = await CallAsync(client, $"{revision} create", CreateSessionTool.Name, new() { ["body"] = new { sessionToken = token } }, sessionResult: true);
        var id = Remember(created.StructuredContent!.Value.GetProperty("id").GetString()!);
        await CallAsync(client, $"{revision} get", GetSessionTool.Name, Arguments("sessionId", id), sessionResult: true);
        await CallAsync(client, $"{revision} refresh", RefreshSessionTool.Name, Arguments("sessionId", id), sessionResult: true);
        await CallAsync(client, $"{revision} create with a used token", CreateSessionTool.Name, new() { ["body"] = new { sessionToken = token } });
        await CallAsync(client, $"{revision} create with a bad token", CreateSessionTool.Name, new() { ["body"] = new { sessionToken = token + " x" } });
        await CallAsync(client, $"{revision} get with a bad id", GetSessionTool.Name, Arguments("sessionId", id + "/.."));
        await CallAsync(client, $"{revision} get with an extra argument", GetSessionTool.Name, new() { ["sessionId"] = id, [token] = id });
        await CallAsync(client, $"{revision} close (confirmed)", CloseSessionTool.Name, Arguments("sessionId", id));
        foreach (var tool in new[] { GetSessionTool.Name, RefreshSessionTool.Name, CloseSessionTool.Name })
        {
            await CallAsync(client, $"{revision} {tool} after close", tool, Arguments("sessionId", id));
        }

        var workflow = await CallAsync(client, $"{revision} create and refresh", CreateAndRefreshSessionTool.Name, Arguments("sessionToken", Mint(server)), sessionResult: true);
        var workflowId = Remember(workflow.StructuredContent!.Value.GetProperty("sessionId").GetString()!);
        await CallAsync(client, $"{revision} close the workflow's session", CloseSessionTool.Name, Arguments("sessionId", workflowId));
    }

    private async Task RunRestAsync(RunningServer server)
    {
        using var rest = new HttpClient { BaseAddress = server.RestUrl };
        var token = Mint(server);
        using var create = await rest.PostAsJsonAsync("v1/api/v1/sessions", new { sessionToken = token });
        var id = Remember((await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        Record("REST create", await create.Content.ReadAsStringAsync(), id);
        using var reused = await rest.PostAsJsonAsync("v1/api/v1/sessions", new { sessionToken = token });
        Record("REST create with a used token", await reused.Content.ReadAsStringAsync(), allowedId: null);
        foreach (var (method, path) in new[] { ("GET", ""), ("POST", "/lifecycle/refresh"), ("DELETE", ""), ("GET", ""), ("POST", "/lifecycle/refresh") })
        {
            using var response = await rest.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"v1/api/v1/sessions/{id}{path}"));
            // Okta's own error for an unknown id names the id the caller just sent; it passes through unchanged.
            Record($"REST {method} {path}", await response.Content.ReadAsStringAsync(), id);
        }
    }

    private async Task RunMalformedAsync(RunningServer server)
    {
        using var raw = new RawMcp(server.McpUrl);
        var token = Mint(server);
        var answer = await raw.PostAsync(
            RawMcp.CallText(GetSessionTool.Name, JsonSerializer.Serialize(token)), "tools/call", GetSessionTool.Name);
        Record("arguments that are a session token", answer.Body, allowedId: null);
        var state = await raw.CallAsync(CloseSessionTool.Name, new JsonObject { ["sessionId"] = _sessionIds[0] }, requestState: token, inputResponses: RawMcp.Answer("accept"));
        Record("a session token as requestState", state.Body, allowedId: null);
    }

    private async Task<CallToolResult> CallAsync(McpClient client, string where, string tool, Dictionary<string, object?> arguments, bool sessionResult = false)
    {
        CallToolResult result;
        try
        {
            result = await client.CallToolAsync(tool, arguments);
        }
        catch (McpException ex)
        {
            Record(where, ex.ToString(), allowedId: null);
            throw;
        }

        Assert.True(!sessionResult || result.IsError != true, $"{where}: {ToolText.Of(result)}");
        Record(where, result, sessionResult ? result.StructuredContent?.GetProperty(tool == CreateAndRefreshSessionTool.Name ? "sessionId" : "id").GetString() : null);
        return result;
    }

    private void Record(string where, CallToolResult result, string? allowedId) =>
        Record(where, JsonSerializer.Serialize(result, McpJsonUtilities.DefaultOptions), allowedId);

    private void Record(string where, string text, string? allowedId) => _outputs.Add((where, text, allowedId));

    private void AssertNoSecretIn(string where, string text, string? allowedId, params string[] secrets)
    {
        foreach (var secret in secrets.Append(ApiToken).Concat(_sessionTokens).Concat(_sessionIds.Where(id => id != allowedId)))
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} holds the secret '{secret[..6]}…': {text}");
        }
    }

    private ValueTask<ElicitResult> Accept(ElicitRequestParams? request, CancellationToken cancellationToken)
    {
        _questions.Enqueue(request?.Message ?? string.Empty);
        return ValueTask.FromResult(PolicyHarness.Answer("accept"));
    }

    private string Mint(RunningServer server)
    {
        var token = server.SimulatorClient.MintSessionToken();
        _sessionTokens.Add(token);
        return token;
    }

    private string Remember(string id)
    {
        _sessionIds.Add(id);
        return id;
    }

    private static Dictionary<string, object?> Arguments(string name, string value) => new() { [name] = value };
}
