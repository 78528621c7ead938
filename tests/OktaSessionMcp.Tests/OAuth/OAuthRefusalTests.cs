using System.Security.Cryptography;
using ModelContextProtocol.Client;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.OAuth;

/// <summary>Each refusal reaches the agent as a tool error that says what to fix, and nothing is resent blindly.</summary>
public sealed class OAuthRefusalTests
{
    private const string SessionId = "102RefusalTestSession000";

    [Fact]
    public async Task GetSession_WrongKey_InvalidClientNamesTheSettingsAndOneTokenRequest()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var server = await OAuthServer.StartAsync(withApiKey: false, privateKeyPem: other.ExportPkcs8PrivateKeyPem());

        var text = await CallAsync(server, GetSessionTool.Name);

        Assert.Contains("refused the server's OAuth client credentials", text, StringComparison.Ordinal);
        Assert.Contains("OKTA_PRIVATE_KEY_FILE", text, StringComparison.Ordinal);
        Assert.Contains("errorCode invalid_client", text, StringComparison.Ordinal);
        Assert.Equal(["POST /oauth2/v1/token 401 proof"], await OAuthServer.LogAsync(server));
    }

    [Fact]
    public async Task GetSession_WrongClientId_InvalidClientAndOneTokenRequest()
    {
        await using var server = await OAuthServer.StartAsync(withApiKey: false, settings: new Dictionary<string, string?> { ["Okta:ClientId"] = "0oaSomeOtherApp" });

        var text = await CallAsync(server, GetSessionTool.Name);

        Assert.Contains("OKTA_CLIENT_ID", text, StringComparison.Ordinal);
        Assert.Contains("Invalid value for 'client_id' parameter.", text, StringComparison.Ordinal);
        Assert.Equal(["POST /oauth2/v1/token 401 proof"], await OAuthServer.LogAsync(server));
    }

    [Fact]
    public async Task CloseSession_TokenWithoutManageScope_NamesTheScopeAndSendsTheCloseOnce()
    {
        await using var server = await OAuthServer.StartAsync(withApiKey: false, settings: new Dictionary<string, string?>
        {
            ["Okta:Scopes"] = "okta.sessions.read",
            // No confirmation read first: the close itself must meet the refusal.
            ["Server:ConfirmDestructive"] = "never",
        });

        var text = await CallAsync(server, CloseSessionTool.Name);

        Assert.Contains("lacks the scope okta.sessions.manage", text, StringComparison.Ordinal);
        Assert.Equal(1, (await OAuthServer.LogAsync(server)).Count(l => l == "DELETE /api/v1/sessions/{id} 403 DPoP"));
    }

    [Fact]
    public async Task GetSession_ScopeNotGrantedToTheApp_InvalidScopeAtTheTokenEndpoint()
    {
        await using var server = await OAuthServer.StartAsync(withApiKey: false, simulator: o => o.OAuthGrantedScopes = "okta.sessions.read");

        var text = await CallAsync(server, GetSessionTool.Name);

        Assert.Contains("would not grant the scopes in OKTA_SCOPES", text, StringComparison.Ordinal);
        Assert.Equal(["POST /oauth2/v1/token 400 proof"], await OAuthServer.LogAsync(server));
    }

    [Fact]
    public async Task RefreshSession_TokenExpiredAtOkta_RenewedOnceAndTheCallSucceeds()
    {
        await using var server = await OAuthServer.StartAsync(withApiKey: true);
        await using var client = await server.ConnectAsync();
        var created = await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken = server.SimulatorClient.MintSessionToken() } });
        var id = created.StructuredContent!.Value.GetProperty("id").GetString()!;
        await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = id });
        using (var http = new HttpClient { BaseAddress = server.Simulator.BaseUrl })
        {
            (await http.DeleteAsync(new Uri("/__sim/oauth/tokens", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        await server.SimulatorClient.ClearRequestsAsync();
        var refreshed = await client.CallToolAsync(RefreshSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = id });

        Assert.True(refreshed.IsError != true, ToolText.Of(refreshed));
        Assert.Equal(
            ["POST /api/v1/sessions/{id}/lifecycle/refresh 401 DPoP", "POST /oauth2/v1/token 200 proof", "POST /api/v1/sessions/{id}/lifecycle/refresh 200 DPoP"],
            await OAuthServer.LogAsync(server));
    }

    [Fact]
    public async Task GetSession_OktaDown_ToolErrorSaysOktaCouldNotBeReached()
    {
        await using var server = await OAuthServer.StartAsync(withApiKey: false, settings: new Dictionary<string, string?> { ["Okta:TransientRetryDelaySeconds"] = "0" });
        await server.Simulator.DisposeAsync();

        var text = await CallAsync(server, GetSessionTool.Name);

        Assert.Contains("Okta could not be reached", text, StringComparison.Ordinal);
    }

    private static async Task<string> CallAsync(Infrastructure.RunningServer server, string tool)
    {
        await using var client = await server.ConnectAsync();
        var result = await client.CallToolAsync(tool, new Dictionary<string, object?> { ["sessionId"] = SessionId });
        Assert.True(result.IsError, ToolText.Of(result));
        return ToolText.Of(result);
    }
}
