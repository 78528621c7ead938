using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.OAuth;

/// <summary>Every tool and REST route in OAuth mode with DPoP, against the simulator playing Okta's authorization server.</summary>
public sealed class OAuthEndToEndTests
{
    private const string Sessions = "v1/api/v1/sessions";

    [Fact]
    public async Task AllToolsAndRoutes_ApiKeyAndOAuth_CreateUsesSswsTheRestDPoPWithOneTokenRequest()
    {
        await using var server = await OAuthServer.StartAsync(withApiKey: true);
        await using var client = await server.ConnectAsync();
        using var rest = new HttpClient { BaseAddress = server.RestUrl };

        var created = await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken = server.SimulatorClient.MintSessionToken() } });
        Assert.True(created.IsError != true, ToolText.Of(created));
        var id = created.StructuredContent!.Value.GetProperty("id").GetString()!;
        foreach (var tool in new[] { GetSessionTool.Name, RefreshSessionTool.Name, CloseSessionTool.Name })
        {
            var result = await client.CallToolAsync(tool, new Dictionary<string, object?> { ["sessionId"] = id });
            Assert.True(result.IsError != true, $"{tool}: {ToolText.Of(result)}");
        }

        var workflow = await client.CallToolAsync(CreateAndRefreshSessionTool.Name, new Dictionary<string, object?> { ["sessionToken"] = server.SimulatorClient.MintSessionToken() });
        Assert.True(workflow.IsError != true, ToolText.Of(workflow));

        using var restCreate = await rest.PostAsJsonAsync(Sessions, new { sessionToken = server.SimulatorClient.MintSessionToken() });
        Assert.Equal(HttpStatusCode.OK, restCreate.StatusCode);
        var restId = (await restCreate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        for (var i = 0; i < 100; i++)
        {
            using var get = await rest.GetAsync(new Uri($"{Sessions}/{restId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        }

        using (var refresh = await rest.PostAsync(new Uri($"{Sessions}/{restId}/lifecycle/refresh", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        }

        using (var revoke = await rest.DeleteAsync(new Uri($"{Sessions}/{restId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        var log = await OAuthServer.LogAsync(server);
        // The nonce challenge answered once, then one token for everything that followed.
        Assert.Equal(["POST /oauth2/v1/token 400 proof", "POST /oauth2/v1/token 200 proof"], log.Where(l => l.Contains("/oauth2/", StringComparison.Ordinal)));
        Assert.All(log.Where(l => l.StartsWith("POST /api/v1/sessions ", StringComparison.Ordinal)), line => Assert.EndsWith(" 200 SSWS", line, StringComparison.Ordinal));
        var others = log.Where(l => l.Contains("/api/v1/sessions/", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count > 100, "over a hundred calls");
        Assert.All(others, line => Assert.EndsWith(" DPoP", line, StringComparison.Ordinal));
        Assert.All(others, line => Assert.DoesNotContain(" 401 ", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OAuthOnly_CreateToolsNotOfferedAndRestCreateRefusedWithoutSending()
    {
        await using var server = await OAuthServer.StartAsync(withApiKey: false);
        await using var client = await server.ConnectAsync();
        using var rest = new HttpClient { BaseAddress = server.RestUrl };

        var tools = (await client.ListToolsAsync()).Select(t => t.Name).ToList();
        using var create = await rest.PostAsJsonAsync(Sessions, new { sessionToken = server.SimulatorClient.MintSessionToken() });
        var body = await create.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal([GetSessionTool.Name, CloseSessionTool.Name, RefreshSessionTool.Name], tools.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("E0000006", body.GetProperty("errorCode").GetString());
        Assert.Contains("OKTA_API_KEY", body.GetProperty("errorCauses")[0].GetProperty("errorSummary").GetString(), StringComparison.Ordinal);
        Assert.Empty(await server.SimulatorClient.RequestsAsync());

        var unknown = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.CallToolAsync(CreateAndRefreshSessionTool.Name, new Dictionary<string, object?> { ["sessionToken"] = "20111abc" }).AsTask());
        Assert.Equal(McpErrorCode.InvalidParams, unknown.ErrorCode);
        Assert.Empty(await server.SimulatorClient.RequestsAsync());
    }
}
