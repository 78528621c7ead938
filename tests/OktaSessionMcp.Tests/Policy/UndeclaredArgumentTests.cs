using ModelContextProtocol.Client;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>An argument the tool's inputSchema does not declare is refused with isError, and nothing reaches Okta.</summary>
public sealed class UndeclaredArgumentTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly RunningServer _server = shared.Server;
    private readonly McpClient _client = shared.Client;

    [Theory]
    [InlineData(GetSessionTool.Name)]
    [InlineData(RefreshSessionTool.Name)]
    [InlineData(CloseSessionTool.Name)]
    public async Task SessionTool_UndeclaredTopLevelArgument_IsErrorNamingItAndSendsNothing(string tool)
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        var result = await _client.CallToolAsync(tool, new Dictionary<string, object?> { ["sessionId"] = sessionId, ["reason"] = "because" });

        Assert.True(result.IsError);
        var text = ToolText.Of(result);
        Assert.Contains($"'reason' is not an argument of {tool}; it takes: sessionId.", text, StringComparison.Ordinal);
        Assert.Contains("No request was sent to Okta", text, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionId, text, StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(_server));
        Assert.True(await PolicyHarness.IsActiveAsync(_server, sessionId));
    }

    [Fact]
    public async Task CreateSession_UndeclaredPropertyInBody_IsErrorAndTheTokenIsNotSpent()
    {
        await _server.SimulatorClient.ClearRequestsAsync();
        var token = _server.SimulatorClient.MintSessionToken();

        var refused = await _client.CallToolAsync(CreateSessionTool.Name,
            new Dictionary<string, object?> { ["body"] = new { sessionToken = token, userId = "00u1otheruser" } });

        Assert.True(refused.IsError);
        Assert.Contains("'userId' is not a property of body; it takes: sessionToken.", ToolText.Of(refused), StringComparison.Ordinal);
        Assert.DoesNotContain(token, ToolText.Of(refused), StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(_server));

        var created = await _client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken = token } });
        Assert.NotEqual(true, created.IsError);
    }

    [Fact]
    public async Task CreateSession_UndeclaredTopLevelArgument_IsError()
    {
        await _server.SimulatorClient.ClearRequestsAsync();

        var result = await _client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?>
        {
            ["body"] = new { sessionToken = _server.SimulatorClient.MintSessionToken() },
            ["sessionToken"] = "smuggled",
        });

        Assert.True(result.IsError);
        Assert.Contains($"'sessionToken' is not an argument of {CreateSessionTool.Name}; it takes: body.", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(_server));
    }

    [Fact]
    public async Task CallTool_HugeControlCharacterArgumentName_IsQuotedShortAndPrintable()
    {
        var name = "evil\r\nINFO forged log line " + new string('x', 10_000);

        var result = await _client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = "102abc", [name] = 1 });

        Assert.True(result.IsError);
        var text = ToolText.Of(result);
        Assert.Contains("'evil??INFO forge…'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.True(text.Length < 400, text);
    }
}
