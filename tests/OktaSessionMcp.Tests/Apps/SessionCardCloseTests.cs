using System.Text.Json.Nodes;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tests.Policy;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Apps;

/// <summary>
/// The card's Close button sends an ordinary okta-close-session call through the host, which the server cannot tell
/// from the model's. So a client that renders MCP Apps is never closed for unasked under --confirm-destructive auto:
/// it is asked when it can be, and refused with nothing changed when it cannot.
/// </summary>
public sealed class SessionCardCloseTests
{
    [Fact]
    public async Task Close_StatefulAppsClientWithoutElicitation_IsRefusedAndNothingReachesOkta()
    {
        await using var server = await StartAsync(stateful: true);
        await using var client = await AppsClients.ConnectAsync(server, AppsClients.Settings());
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var result = await client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        Assert.True(result.IsError);
        Assert.StartsWith("Not closed: this client renders MCP Apps views", ToolText.Of(result), StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed in Okta.", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(server));
        Assert.True(await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Close_July2026ClientWithoutElicitation_IsRefusedWithNothingChangedOnlyIfItRendersApps(bool apps)
    {
        await using var server = await StartAsync(stateful: false);
        using var raw = new RawMcp(server.McpUrl);
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var answer = await raw.PostAsync(Close(sessionId, apps), "tools/call", CloseSessionTool.Name);

        // Without the extension, auto closes without asking, as before MCP Apps.
        string[] oktaCalls = apps ? [] : [$"DELETE /api/v1/sessions/{sessionId}"];
        Assert.True(answer.IsToolError == apps, answer.Body);
        Assert.Equal(apps, answer.Text.StartsWith("Not closed: this client renders MCP Apps views", StringComparison.Ordinal));
        Assert.Equal(oktaCalls, await PolicyHarness.OktaCallsAsync(server));
        Assert.Equal(apps, await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    [Theory]
    [InlineData("decline", false)]
    [InlineData("accept", true)]
    public async Task Close_StatefulAppsClientThatCanAsk_IsAskedAndOnlyAYesCloses(string action, bool closes)
    {
        await using var server = await StartAsync(stateful: true);
        var person = new ScriptedPerson(action);
        await using var client = await AppsClients.ConnectAsync(server, AppsClients.Settings(), person.AnswerAsync);
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var result = await client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        Assert.Single(person.Questions);
        Assert.Equal(!closes, result.IsError ?? false);
        Assert.Equal(!closes, await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    private static string Close(string sessionId, bool apps) => AppsClients.Request(
        "tools/call", new JsonObject { ["name"] = CloseSessionTool.Name, ["arguments"] = new JsonObject { ["sessionId"] = sessionId } }, apps);

    private static Task<RunningServer> StartAsync(bool stateful) =>
        RunningServer.StartAsync(PolicyHarness.Settings(("Server:Stateful", stateful ? "true" : "false"), ("Server:ConfirmDestructive", "auto")));
}
