using System.Net;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>Each outcome of OAuth access-token authentication, over MCP, against a local issuer.</summary>
public sealed class OAuthTests(OAuthServerFixture fixture) : IClassFixture<OAuthServerFixture>
{
    private const string MetadataUrl = "https://okta-session-mcp.test/.well-known/oauth-protected-resource/mcp";

    [Fact]
    public async Task Post_NoToken_Is401PointingAtTheMetadata()
    {
        using var response = await AuthHttp.PostMcpAsync(fixture.Server.McpUrl, AuthHttp.ToolsList, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(response.Headers.WwwAuthenticate);
        var challenge = AuthHttp.Challenge(response);
        Assert.Contains($"resource_metadata=\"{MetadataUrl}\"", challenge, StringComparison.Ordinal);
        Assert.Contains("scope=\"sessions:read\"", challenge, StringComparison.Ordinal);
        Assert.DoesNotContain("error=", challenge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BadSignature_Is401InvalidToken()
    {
        var token = fixture.Issuer.Token(OAuthServerFixture.Resource, [OAuthServerFixture.Read], impostor: true);

        using var response = await AuthHttp.PostMcpAsync(fixture.Server.McpUrl, AuthHttp.ToolsList, token);

        AssertInvalidToken(response);
    }

    [Fact]
    public async Task Post_WrongAudience_Is401InvalidToken()
    {
        var token = fixture.Issuer.Token("https://another-server.test/mcp", [OAuthServerFixture.Read, OAuthServerFixture.Manage]);

        using var response = await AuthHttp.PostMcpAsync(fixture.Server.McpUrl, AuthHttp.ToolsList, token);

        AssertInvalidToken(response);
    }

    [Fact]
    public async Task Post_ExpiredToken_Is401InvalidToken()
    {
        var token = fixture.Issuer.Token(OAuthServerFixture.Resource, [OAuthServerFixture.Read], expiresIn: TimeSpan.FromHours(-1));

        using var response = await AuthHttp.PostMcpAsync(fixture.Server.McpUrl, AuthHttp.ToolsList, token);

        AssertInvalidToken(response);
    }

    [Fact]
    public async Task CallWriteTool_ReadScopeOnly_Is403InsufficientScopeAndOktaIsNotCalled()
    {
        await fixture.Server.SimulatorClient.ClearRequestsAsync();

        using var response = await AuthHttp.PostMcpAsync(
            fixture.Server.McpUrl, AuthHttp.ToolCall(CloseSessionTool.Name), fixture.Token(OAuthServerFixture.Read));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(response.Headers.WwwAuthenticate);
        var challenge = AuthHttp.Challenge(response);
        Assert.Contains("error=\"insufficient_scope\"", challenge, StringComparison.Ordinal);
        Assert.Contains("scope=\"sessions:manage\"", challenge, StringComparison.Ordinal);
        Assert.Contains($"resource_metadata=\"{MetadataUrl}\"", challenge, StringComparison.Ordinal);
        Assert.Empty(await fixture.Server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task ToolsList_TokenWithoutReadScope_Is403()
    {
        using var response = await AuthHttp.PostMcpAsync(fixture.Server.McpUrl, AuthHttp.ToolsList, fixture.Token("profile"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("scope=\"sessions:read\"", AuthHttp.Challenge(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallReadTool_ReadScope_ReachesOkta()
    {
        await using var client = await AuthHttp.ConnectAsync(fixture.Server, fixture.Token(OAuthServerFixture.Read));

        var tools = await client.ListToolsAsync();
        var result = await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = "102unknownSession000000000" });

        Assert.Contains(tools, t => t.Name == GetSessionTool.Name);
        Assert.Contains("No active Okta session", Assert.IsType<ModelContextProtocol.Protocol.TextContentBlock>(result.Content[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAndClose_GoodTokenWithBothScopes_Succeed()
    {
        await using var client = await AuthHttp.ConnectAsync(fixture.Server, fixture.Token(OAuthServerFixture.Read, OAuthServerFixture.Manage));

        var created = await client.CallToolAsync(CreateSessionTool.Name,
            new Dictionary<string, object?> { ["body"] = new { sessionToken = fixture.Server.SimulatorClient.MintSessionToken() } });
        var sessionId = created.StructuredContent!.Value.GetProperty("id").GetString();
        var closed = await client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        Assert.NotEqual(true, created.IsError);
        Assert.NotEqual(true, closed.IsError);
    }

    [Fact]
    public async Task CallTool_NameGivenTwice_NeedsTheManageScopeWhicheverCounts()
    {
        const string Body = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"okta-close-session","name":"get-details-about-session","arguments":{"sessionId":"102unknownSession000000000"}}}""";

        using var response = await AuthHttp.PostMcpAsync(fixture.Server.McpUrl, Body, fixture.Token(OAuthServerFixture.Read));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("scope=\"sessions:manage\"", AuthHttp.Challenge(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_IssuerUnreachable_Is401AndSaysSoInTheLog()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Auth:OAuthIssuer"] = "http://127.0.0.1:1/oauth2/unreachable",
            ["Auth:ResourceUrl"] = OAuthServerFixture.Resource,
        });

        using var response = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolsList, fixture.Token(OAuthServerFixture.Read));

        AssertInvalidToken(response);
        Assert.Contains(server.Logs.Lines, line => line.Contains("metadata or keys could not be fetched", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Healthz_WithTokenAndIssuerUnreachable_Is200WithoutAskingTheIssuer()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Auth:OAuthIssuer"] = "http://127.0.0.1:1/oauth2/unreachable",
            ["Auth:ResourceUrl"] = OAuthServerFixture.Resource,
        });

        using var response = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(server.McpUrl, "/healthz"), fixture.Token(OAuthServerFixture.Read));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("metadata or keys could not be fetched", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_TokenInTheQueryString_Is400()
    {
        var url = new Uri($"{fixture.Server.McpUrl}?access_token={fixture.Token(OAuthServerFixture.Read)}");

        using var response = await AuthHttp.PostMcpAsync(url, AuthHttp.ToolsList, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error=\"invalid_request\"", AuthHttp.Challenge(response), StringComparison.Ordinal);
    }

    private static void AssertInvalidToken(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(response.Headers.WwwAuthenticate);
        var challenge = AuthHttp.Challenge(response);
        Assert.Contains("error=\"invalid_token\"", challenge, StringComparison.Ordinal);
        Assert.Contains($"resource_metadata=\"{MetadataUrl}\"", challenge, StringComparison.Ordinal);
    }
}
