using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Tools;

/// <summary>Every tool over Streamable HTTP against the simulator: success, bad input and Okta's refusals.</summary>
public sealed class SessionToolsTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly RunningServer _server = shared.Server;
    private readonly McpClient _client = shared.Client;

    [Fact]
    public async Task FullLifecycle_CreateGetRefreshClose_EachSucceeds()
    {
        var created = await CallAsync(CreateSessionTool.Name, new() { ["body"] = new { sessionToken = _server.SimulatorClient.MintSessionToken() } });
        Assert.NotEqual(true, created.IsError);
        var session = created.StructuredContent!.Value;
        var id = session.GetProperty("id").GetString()!;
        Assert.Equal("ACTIVE", session.GetProperty("status").GetString());
        Assert.Equal(_server.Simulator.Users[0].Login, session.GetProperty("login").GetString());
        using var text = JsonDocument.Parse(Assert.IsType<TextContentBlock>(Assert.Single(created.Content)).Text);
        Assert.True(JsonElement.DeepEquals(session, text.RootElement), "text content must be the structured content as JSON");
        Assert.EndsWith("Z", session.GetProperty("createdAt").GetString(), StringComparison.Ordinal);

        var got = await CallAsync(GetSessionTool.Name, new() { ["sessionId"] = id });
        Assert.NotEqual(true, got.IsError);
        Assert.Equal(id, got.StructuredContent!.Value.GetProperty("id").GetString());

        var refreshed = await CallAsync(RefreshSessionTool.Name, new() { ["sessionId"] = id });
        Assert.NotEqual(true, refreshed.IsError);
        Assert.True(refreshed.StructuredContent!.Value.GetProperty("expiresAt").GetDateTimeOffset()
            >= session.GetProperty("expiresAt").GetDateTimeOffset());

        var closed = await CallAsync(CloseSessionTool.Name, new() { ["sessionId"] = id });
        Assert.NotEqual(true, closed.IsError);
        Assert.True(closed.StructuredContent!.Value.GetProperty("closed").GetBoolean());

        var gone = await CallAsync(GetSessionTool.Name, new() { ["sessionId"] = id });
        Assert.True(gone.IsError);
        Assert.Contains("E0000007", ToolText.Of(gone), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GetSessionTool.Name)]
    [InlineData(RefreshSessionTool.Name)]
    [InlineData(CloseSessionTool.Name)]
    public async Task SessionTool_UnknownSession_IsErrorWithOktaDetailsAndNoId(string tool)
    {
        const string unknown = "102UnknownSession0000000";
        var result = await CallAsync(tool, new() { ["sessionId"] = unknown });

        Assert.True(result.IsError);
        var text = ToolText.Of(result);
        Assert.Contains("HTTP 404", text, StringComparison.Ordinal);
        Assert.Contains("E0000007", text, StringComparison.Ordinal);
        Assert.Contains("errorId", text, StringComparison.Ordinal);
        Assert.DoesNotContain(unknown, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GetSessionTool.Name, "../users/me")]
    [InlineData(RefreshSessionTool.Name, "abc%2F..")]
    [InlineData(CloseSessionTool.Name, "")]
    [InlineData(GetSessionTool.Name, "id with spaces")]
    [InlineData(GetSessionTool.Name, "ünïcode")]
    [InlineData(GetSessionTool.Name, "me")]
    [InlineData(RefreshSessionTool.Name, "ME")]
    [InlineData(CloseSessionTool.Name, "me")]
    public async Task SessionTool_InvalidId_IsErrorAndSendsNothing(string tool, string sessionId)
    {
        await _server.SimulatorClient.ClearRequestsAsync();

        var result = await CallAsync(tool, new() { ["sessionId"] = sessionId });

        Assert.True(result.IsError);
        Assert.Contains("No request was sent to Okta", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Empty(await _server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task CreateSession_UsedToken_IsErrorThatSaysToAuthenticateAgain()
    {
        var token = _server.SimulatorClient.MintSessionToken();
        var first = await CallAsync(CreateSessionTool.Name, new() { ["body"] = new { sessionToken = token } });
        Assert.NotEqual(true, first.IsError);

        var second = await CallAsync(CreateSessionTool.Name, new() { ["body"] = new { sessionToken = token } });

        Assert.True(second.IsError);
        Assert.Contains("HTTP 401", ToolText.Of(second), StringComparison.Ordinal);
        Assert.Contains("already used", ToolText.Of(second), StringComparison.Ordinal);
        Assert.DoesNotContain(token, ToolText.Of(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSession_TokenWithSpaces_IsErrorAndSendsNothing()
    {
        await _server.SimulatorClient.ClearRequestsAsync();

        var result = await CallAsync(CreateSessionTool.Name, new() { ["body"] = new { sessionToken = "not a token" } });

        Assert.True(result.IsError);
        Assert.Empty(await _server.SimulatorClient.RequestsAsync());
    }

    private async Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments) =>
        await _client.CallToolAsync(tool, arguments);
}
