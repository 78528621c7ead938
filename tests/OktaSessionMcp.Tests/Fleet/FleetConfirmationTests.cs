using System.Text.Json.Nodes;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Policy;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>
/// With --redis a confirmation is honoured once across the fleet: any instance checks a state another signed, none
/// honours one already used anywhere, and while Redis is down closing fails closed (no DELETE) and recovers by itself.
/// </summary>
public sealed class FleetConfirmationTests
{
    [RedisFact]
    public async Task StateAskedOnOneInstance_ClosesThroughAnother_AndIsRefusedOnEveryReplay()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (_, first) = await fleet.AddInstanceAsync();
        var (_, second) = await fleet.AddInstanceAsync();
        var (_, third) = await fleet.AddInstanceAsync();
        using var a = new RawMcp(first);
        using var b = new RawMcp(second);
        using var c = new RawMcp(third);
        var sessionId = await fleet.NewSessionAsync();
        var state = await AskAsync(a, sessionId);

        var closed = await b.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: state, inputResponses: RawMcp.Answer("accept"));
        var replayedThere = await c.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: state, inputResponses: RawMcp.Answer("accept"));
        var replayedHere = await a.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: state, inputResponses: RawMcp.Answer("accept"));

        Assert.False(closed.IsToolError, closed.Body);
        Assert.Contains("already used", replayedThere.Text, StringComparison.Ordinal);
        Assert.Contains("already used", replayedHere.Text, StringComparison.Ordinal);
        Assert.Single(await fleet.OktaCallsAsync(), call => call.StartsWith("DELETE", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task RedisStopsBetweenQuestionAndAnswer_CloseRefusedWithoutDelete_ReadsGoOn_AndItRecovers()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (app, url) = await fleet.AddInstanceAsync();
        using var raw = new RawMcp(url);
        var sessionId = await fleet.NewSessionAsync();
        var state = await AskAsync(raw, sessionId);

        await fleet.Redis.StopAsync();
        var refused = await raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: state, inputResponses: RawMcp.Answer("accept"));
        var askedWhileDown = await raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId));
        var read = await raw.CallAsync(GetSessionTool.Name, Arguments(sessionId));

        Assert.True(refused.IsToolError, refused.Body);
        Assert.StartsWith("Not closed: this server cannot check right now that a confirmation is used only once", refused.Text, StringComparison.Ordinal);
        Assert.True(askedWhileDown.IsToolError, askedWhileDown.Body);
        Assert.Contains("(Redis) is unreachable", askedWhileDown.Text, StringComparison.Ordinal);
        Assert.False(read.IsToolError, read.Body);
        Assert.DoesNotContain(await fleet.OktaCallsAsync(), call => call.StartsWith("DELETE", StringComparison.Ordinal));

        await fleet.Redis.StartAgainAsync();
        await FleetNodes.ReconnectedAsync(app);
        var closed = await raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: await AskAsync(raw, sessionId),
            inputResponses: RawMcp.Answer("accept"));

        Assert.False(closed.IsToolError, closed.Body);
        Assert.Single(fleet.Logs.Lines, line => line.Contains("is unreachable", StringComparison.Ordinal));
        Assert.Single(fleet.Logs.Lines, line => line.Contains("is reachable again", StringComparison.Ordinal));
    }

    private static JsonObject Arguments(string sessionId) => new() { ["sessionId"] = sessionId };

    private static async Task<string> AskAsync(RawMcp raw, string sessionId)
    {
        var asked = await raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId));
        return asked.Result?["requestState"]?.GetValue<string>() ?? throw new InvalidOperationException(asked.Body);
    }
}
