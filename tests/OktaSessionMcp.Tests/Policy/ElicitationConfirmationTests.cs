using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>
/// Confirmation over 2025-11-25: on a stateful session the server asks with elicitation/create while the call waits;
/// on a stateless one it cannot ask, so auto closes without asking and always refuses.
/// </summary>
public sealed class ElicitationConfirmationTests
{
    [Fact]
    public async Task CloseSession_PersonAccepts_AskedWithLoginAndAgeThenClosed()
    {
        await using var server = await StartAsync(stateful: true);
        var person = new ScriptedPerson("accept");

        var (sessionId, result) = await CloseFreshSessionAsync(server, person);

        Assert.NotEqual(true, result.IsError);
        var question = Assert.Single(person.Questions);
        Assert.StartsWith($"Close the Okta session of {server.Simulator.Users[0].Login}, created just now?", question.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionId, question.Message, StringComparison.Ordinal);
        Assert.Contains("confirm", question.RequestedSchema!.Properties.Keys);
        Assert.Equal([$"GET /api/v1/sessions/{sessionId}", $"DELETE /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(server));
        Assert.False(await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    [Theory]
    [InlineData("decline", true)]
    [InlineData("cancel", true)]
    [InlineData("accept", false)]
    public async Task CloseSession_PersonDoesNotConfirm_IsErrorAndNoDelete(string action, bool confirm)
    {
        await using var server = await StartAsync(stateful: true);

        var (sessionId, result) = await CloseFreshSessionAsync(server, new ScriptedPerson(action, confirm));

        await AssertNotClosedAsync(server, sessionId, result, "Not closed: the person declined.");
    }

    [Fact]
    public async Task CloseSession_ClientFailsTheQuestion_CallFailsAndNoDelete()
    {
        await using var server = await StartAsync(stateful: true);
        await using var client = await PolicyHarness.ConnectAsync(server, PolicyHarness.Legacy,
            (_, _) => throw new InvalidOperationException("This client has no way to show a form."));
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        // The SDK asks on our behalf; when the client fails elicitation/create, it fails the tools/call with a JSON-RPC
        // error before the tool runs again.
        await Assert.ThrowsAsync<McpProtocolException>(async () => await client.CallToolAsync(CloseSessionTool.Name, Arguments(sessionId)));

        Assert.Equal([$"GET /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(server));
        Assert.True(await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    [Theory]
    [InlineData(true, "auto", false)] // auto, and the client cannot be asked
    [InlineData(false, "auto", true)] // auto on a stateless server, which cannot ask
    [InlineData(true, "never", true)]
    public async Task CloseSession_AutoThatCannotAskOrNever_ClosesWithoutAsking(bool stateful, string mode, bool clientCanElicit)
    {
        await using var server = await StartAsync(stateful, mode);
        var person = new ScriptedPerson("decline");

        var (sessionId, result) = await CloseFreshSessionAsync(server, clientCanElicit ? person : null);

        Assert.NotEqual(true, result.IsError);
        Assert.Empty(person.Questions);
        Assert.Equal([$"DELETE /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(server));
        Assert.False(await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task CloseSession_AlwaysAndClientCannotBeAsked_IsErrorAndSendsNothing(bool stateful, bool clientCanElicit)
    {
        await using var server = await StartAsync(stateful, mode: "always");
        var person = new ScriptedPerson("accept");

        var (sessionId, result) = await CloseFreshSessionAsync(server, clientCanElicit ? person : null);

        Assert.True(result.IsError);
        Assert.Contains("--confirm-destructive always", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Empty(person.Questions);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(server));
        Assert.True(await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    [Fact]
    public async Task CloseSession_UnknownSession_IsNotFoundWithoutAsking()
    {
        await using var server = await StartAsync(stateful: true);
        var person = new ScriptedPerson("accept");
        await using var client = await PolicyHarness.ConnectAsync(server, PolicyHarness.Legacy, person.AnswerAsync);
        await server.SimulatorClient.ClearRequestsAsync();

        var result = await client.CallToolAsync(CloseSessionTool.Name, Arguments("102UnknownSession0000000"));

        Assert.True(result.IsError);
        Assert.Contains("E0000007", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Empty(person.Questions);
        Assert.Equal(["GET /api/v1/sessions/102UnknownSession0000000"], await PolicyHarness.OktaCallsAsync(server));
    }

    [Fact]
    public async Task OtherTools_WithAnElicitingClient_AreNeverConfirmed()
    {
        await using var server = await StartAsync(stateful: true, mode: "always");
        await using var client = await PolicyHarness.ConnectAsync(server, PolicyHarness.Legacy,
            (_, _) => ValueTask.FromResult(PolicyHarness.Answer("decline")));
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var refreshed = await client.CallToolAsync(RefreshSessionTool.Name, Arguments(sessionId));

        Assert.NotEqual(true, refreshed.IsError);
        Assert.Equal([$"POST /api/v1/sessions/{sessionId}/lifecycle/refresh"], await PolicyHarness.OktaCallsAsync(server));
    }

    private static Dictionary<string, object?> Arguments(string sessionId) => new() { ["sessionId"] = sessionId };

    private static Task<RunningServer> StartAsync(bool stateful, string mode = "auto") =>
        RunningServer.StartAsync(PolicyHarness.Settings(("Server:Stateful", stateful ? "true" : "false"), ("Server:ConfirmDestructive", mode)));

    /// <summary>A 2025-11-25 client, eliciting only when a person answers it, closes a session made for the purpose.</summary>
    private static async Task<(string SessionId, CallToolResult Result)> CloseFreshSessionAsync(RunningServer server, ScriptedPerson? person)
    {
        await using var client = await PolicyHarness.ConnectAsync(server, PolicyHarness.Legacy, person is null ? null : person.AnswerAsync);
        var sessionId = await PolicyHarness.NewSessionAsync(server);
        return (sessionId, await client.CallToolAsync(CloseSessionTool.Name, Arguments(sessionId)));
    }

    /// <summary>The call failed with <paramref name="reason"/>, Okta saw only the read, and the session is still active.</summary>
    private static async Task AssertNotClosedAsync(RunningServer server, string sessionId, CallToolResult result, string reason)
    {
        Assert.True(result.IsError);
        Assert.StartsWith(reason, ToolText.Of(result), StringComparison.Ordinal);
        Assert.Equal([$"GET /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(server));
        Assert.True(await PolicyHarness.IsActiveAsync(server, sessionId));
    }
}
