using ModelContextProtocol;
using ModelContextProtocol.Client;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>--tools: only the named tools exist; a name the server does not have, or a contradiction, stops start-up.</summary>
public sealed class AllowListTests
{
    [Fact]
    public async Task ToolsList_AllowList_ListsExactlyTheNamedTools()
    {
        await using var server = await RunningServer.StartAsync(PolicyHarness.Settings(("Server:Tools", $"{RefreshSessionTool.Name}, {GetSessionTool.Name}")));
        await using var client = await server.ConnectAsync();

        var tools = await client.ListToolsAsync();

        Assert.Equal([GetSessionTool.Name, RefreshSessionTool.Name], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CallTool_OutsideAllowList_IsUnknownToolAndSendsNothing()
    {
        await using var server = await RunningServer.StartAsync(PolicyHarness.Settings(("Server:Tools", GetSessionTool.Name)));
        await using var client = await server.ConnectAsync();
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId }).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(server));
    }

    [Fact]
    public async Task Start_UnknownToolName_FailsNamingTheValidTools()
    {
        var error = await UnstartedHost.StartFailureAsync(("Server:Tools", $"{GetSessionTool.Name},okta-delete-everything"));

        Assert.Contains("'okta-delete-everything'", error.Message, StringComparison.Ordinal);
        foreach (var tool in new[] { GetSessionTool.Name, CloseSessionTool.Name, RefreshSessionTool.Name, CreateSessionTool.Name })
        {
            Assert.Contains(tool, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Start_EmptyAllowList_Fails()
    {
        var error = await UnstartedHost.StartFailureAsync(("Server:Tools", " , "));

        Assert.Contains("--tools names no tool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WriteToolInAllowListWhenReadOnly_FailsNamingIt()
    {
        var error = await UnstartedHost.StartFailureAsync(("Server:Tools", $"{GetSessionTool.Name},{CloseSessionTool.Name}"), ("Server:ReadOnly", "true"));

        Assert.Contains($"'{CloseSessionTool.Name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--read-only", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c2hvcnQta2V5LW9mLTIwLWJ5dGVz")]
    [InlineData("not base64 at all, and long enough to be mistaken for a key")]
    public async Task Start_WeakConfirmationKey_FailsWithoutEchoingTheKey(string key)
    {
        var error = await UnstartedHost.StartFailureAsync(("Server:ConfirmationKey", key));

        Assert.Contains("ConfirmationKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }
}
