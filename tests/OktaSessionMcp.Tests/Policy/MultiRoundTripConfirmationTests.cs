using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>
/// Confirmation over 2026-07-28 with the SDK client, which answers an input_required result by asking its elicitation
/// handler and retrying the call with the answer and the server's requestState.
/// </summary>
public sealed class MultiRoundTripConfirmationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CloseSession_PersonAccepts_AskedWithLoginThenClosed(bool stateful)
    {
        await using var server = await RunningServer.StartAsync(PolicyHarness.Settings(("Server:Stateful", stateful ? "true" : "false")));
        var person = new ScriptedPerson("accept");
        await using var client = await PolicyHarness.ConnectAsync(server, elicit: person.AnswerAsync);
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var result = await client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        Assert.Equal("2026-07-28", client.NegotiatedProtocolVersion);
        Assert.NotEqual(true, result.IsError);
        Assert.StartsWith($"Close the Okta session of {server.Simulator.Users[0].Login}", Assert.Single(person.Questions).Message, StringComparison.Ordinal);
        Assert.Equal([$"GET /api/v1/sessions/{sessionId}", $"DELETE /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(server));
    }

    [Theory]
    [InlineData("decline")]
    [InlineData("cancel")]
    public async Task CloseSession_PersonDeclines_IsErrorAndNoDelete(string action)
    {
        await using var server = await RunningServer.StartAsync();
        await using var client = await PolicyHarness.ConnectAsync(server, elicit: (_, _) => ValueTask.FromResult(PolicyHarness.Answer(action)));
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var result = await client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        Assert.True(result.IsError);
        Assert.StartsWith("Not closed: the person declined.", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Equal([$"GET /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(server));
        Assert.True(await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    [Fact]
    public async Task CloseSession_AutoAndClientCannotElicit_ClosesWithoutAsking()
    {
        await using var server = await RunningServer.StartAsync();
        await using var client = await PolicyHarness.ConnectAsync(server);
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var result = await client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal([$"DELETE /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(server));
    }

    [Fact]
    public async Task CloseSession_AlwaysAndClientCannotElicit_IsErrorAndSendsNothing()
    {
        await using var server = await RunningServer.StartAsync(PolicyHarness.Settings(("Server:ConfirmDestructive", "always")));
        await using var client = await PolicyHarness.ConnectAsync(server);
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var result = await client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        Assert.True(result.IsError);
        Assert.Contains("cannot ask", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(server));
    }
}
