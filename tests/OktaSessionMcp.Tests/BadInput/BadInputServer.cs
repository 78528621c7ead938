using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tests.Policy;

namespace OktaSessionMcp.Tests.BadInput;

/// <summary>
/// One server shared by a class of bad-input tests (xunit runs a class's tests one at a time, so the Okta request log
/// is theirs alone between a clear and a check), with a live session that a good call can read afterwards.
/// </summary>
public sealed class BadInputServer : IAsyncLifetime
{
    public RunningServer Server { get; private set; } = null!;

    public RawMcp Raw { get; private set; } = null!;

    public HttpClient Rest { get; } = new();

    /// <summary>A live session, for the good call that shows the server still serves after each bad one.</summary>
    public string SessionId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RunningServer.StartAsync();
        Raw = new RawMcp(Server.McpUrl);
        Rest.BaseAddress = Server.RestUrl;
        SessionId = await PolicyHarness.NewSessionAsync(Server);
    }

    public async Task DisposeAsync()
    {
        Raw.Dispose();
        Rest.Dispose();
        await Server.DisposeAsync();
    }

    public Task ClearOktaCallsAsync() => Server.SimulatorClient.ClearRequestsAsync();

    public async Task AssertNothingReachedOktaAsync() => Assert.Empty(await PolicyHarness.OktaCallsAsync(Server));

    /// <summary>A good tools/call right after a bad request: the server is still serving, and still reaches Okta.</summary>
    public async Task AssertStillServingAsync()
    {
        var answer = await Raw.CallAsync("get-details-about-session", new System.Text.Json.Nodes.JsonObject { ["sessionId"] = SessionId });
        Assert.False(answer.IsToolError, answer.Body);
        Assert.Equal(SessionId, answer.Result?["structuredContent"]?["id"]?.GetValue<string>());
    }
}
