using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>
/// The requestState of a 2026-07-28 confirmation, by hand: a retry is honoured only with a state this server issued,
/// for this caller, tool and arguments, unexpired and unused. Every refusal is isError, and no DELETE is sent.
/// </summary>
public sealed class RequestStateTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private RunningServer _server = null!;
    private RawMcp _raw = null!;

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(configure: builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(_clock);
            TestCaller.Install(builder);
        });
        _raw = new RawMcp(_server.McpUrl);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _raw.Dispose();

    [Fact]
    public async Task FirstCall_AsksWithInputRequiredAndSignedStateAndSendsNoDelete()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        var answer = await _raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("input_required", answer.Result?["resultType"]?.GetValue<string>());
        var input = answer.Result!["inputRequests"]!["confirm"]!;
        Assert.Equal("elicitation/create", input["method"]!.GetValue<string>());
        Assert.Contains(_server.Simulator.Users[0].Login, input["params"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var state = answer.Result["requestState"]!.GetValue<string>();
        Assert.StartsWith("osm1.", state, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionId, answer.Body, StringComparison.Ordinal);
        Assert.Equal([$"GET /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(_server));
    }

    [Fact]
    public async Task Retry_AcceptedWithItsState_Closes()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);
        var state = await AskAsync(sessionId);

        var answer = await _raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: state, inputResponses: RawMcp.Answer("accept"));

        Assert.False(answer.IsToolError, answer.Body);
        Assert.Equal(true, answer.Result?["structuredContent"]?["closed"]?.GetValue<bool>());
        Assert.Equal([$"DELETE /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(_server));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(20)]
    [InlineData(-3)]
    public async Task Retry_TamperedState_IsRefusedWithNoDelete(int position)
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);
        var state = await AskAsync(sessionId);
        var index = position >= 0 ? position : state.Length + position;
        var tampered = state[..index] + (state[index] == 'A' ? 'B' : 'A') + state[(index + 1)..];

        await AssertRefusedAsync(sessionId, tampered, "not one this server issued");
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("osm1..")]
    [InlineData("osm1.AAAA.AAAA")]
    public async Task Retry_ForgedState_IsRefusedWithNoDelete(string forged)
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        await AssertRefusedAsync(sessionId, forged, "not one this server issued");
    }

    [Fact]
    public async Task Retry_HugeState_IsRefusedWithNoDelete()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        await AssertRefusedAsync(sessionId, "osm1." + new string('A', 200_000), "not one this server issued");
    }

    [Fact]
    public async Task Retry_StateIssuedForAnotherSession_IsRefusedWithNoDelete()
    {
        var askedAbout = await PolicyHarness.NewSessionAsync(_server);
        var state = await AskAsync(askedAbout);
        var other = await PolicyHarness.NewSessionAsync(_server);

        await AssertRefusedAsync(other, state, "not one this server issued");
        Assert.True(await PolicyHarness.IsActiveAsync(_server, askedAbout));
    }

    [Fact]
    public async Task Retry_StateIssuedToAnotherCaller_IsRefusedWithNoDelete()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);
        var state = await AskAsync(sessionId, caller: "alice");

        await AssertRefusedAsync(sessionId, state, "not one this server issued", caller: "mallory");
    }

    [Fact]
    public async Task Retry_StateIssuedByAnotherServer_IsRefusedWithNoDelete()
    {
        await using var other = await RunningServer.StartAsync();
        using var otherRaw = new RawMcp(other.McpUrl);
        var foreign = (await otherRaw.CallAsync(CloseSessionTool.Name, Arguments(await PolicyHarness.NewSessionAsync(other)))).Result!["requestState"]!.GetValue<string>();
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        await AssertRefusedAsync(sessionId, foreign, "not one this server issued");
    }

    [Fact]
    public async Task Retry_AfterTheStateExpired_IsRefusedWithNoDelete()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);
        var state = await AskAsync(sessionId);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await AssertRefusedAsync(sessionId, state, "expired");
    }

    [Fact]
    public async Task Retry_ReplayedState_IsRefusedWithNoDelete()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);
        var state = await AskAsync(sessionId);
        var declined = await _raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: state, inputResponses: RawMcp.Answer("decline"));
        Assert.Contains("the person declined", declined.Text, StringComparison.Ordinal);

        await AssertRefusedAsync(sessionId, state, "already used");
    }

    [Fact]
    public Task Retry_WithAnAnswerThatIsNotOne_IsRefusedWithNoDelete() =>
        AssertRetryWithItsStateNotClosedAsync(new JsonObject { ["confirm"] = "yes please" }, elicitation: true, "no answer it can read");

    [Fact]
    public Task Retry_WithoutInputResponses_IsRefusedWithNoDelete() =>
        AssertRetryWithItsStateNotClosedAsync(inputResponses: null, elicitation: true, "no answer it can read");

    [Fact]
    public Task Retry_AcceptInOtherLetters_IsNotAYes() =>
        AssertRetryWithItsStateNotClosedAsync(
            new JsonObject { ["confirm"] = new JsonObject { ["action"] = "ACCEPT", ["content"] = new JsonObject { ["confirm"] = true } } },
            elicitation: true, "no answer it can read");

    [Theory]
    [InlineData("decline")]
    [InlineData("cancel")]
    [InlineData("accept")]
    public async Task Retry_ForgedStateFromAClientThatDeclaresNoElicitation_IsRefusedWithNoDelete(string action)
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        // auto mode closes without asking a client that cannot be asked; one that brings an answer is judged on it.
        var answer = await _raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), elicitation: false,
            requestState: "osm1.made-up", inputResponses: RawMcp.Answer(action));

        await AssertNotClosedAsync(answer, sessionId, "not one this server issued");
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("decline")]
    public async Task ForgedRetryOnNovember2025_IsRefusedWithNoDelete(string action)
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);
        var body = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = 1,
            ["method"] = "tools/call",
            ["params"] = new JsonObject
            {
                ["name"] = CloseSessionTool.Name,
                ["arguments"] = Arguments(sessionId),
                ["requestState"] = "osm1.made-up",
                ["inputResponses"] = RawMcp.Answer(action),
            },
        };

        // A stateless 2025-11-25 server cannot ask, so auto would close without asking; a call bringing an answer is judged on it.
        var answer = await _raw.PostAsync(body.ToJsonString(), "tools/call", CloseSessionTool.Name, version: "2025-11-25");

        await AssertNotClosedAsync(answer, sessionId, "not one this server issued");
    }

    [Fact]
    public async Task Retry_AnswerWithoutState_IsRefusedWithNoDelete()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        var answer = await _raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), elicitation: false, inputResponses: RawMcp.Answer("accept"));

        await AssertNotClosedAsync(answer, sessionId, "not one this server issued");
    }

    [Fact]
    public Task Retry_DeclinedWithItsStateByAClientThatNowDeclaresNoElicitation_IsDeclinedWithNoDelete() =>
        AssertRetryWithItsStateNotClosedAsync(RawMcp.Answer("decline"), elicitation: false, "the person declined");

    private static JsonObject Arguments(string sessionId) => new() { ["sessionId"] = sessionId };

    private async Task<string> AskAsync(string sessionId, string? caller = null)
    {
        var asked = await _raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), caller: caller);
        var state = asked.Result?["requestState"]?.GetValue<string>() ?? throw new InvalidOperationException(asked.Body);
        await _server.SimulatorClient.ClearRequestsAsync();
        return state;
    }

    /// <summary>Asks, then retries with the state it was given and <paramref name="inputResponses"/>, which accept nothing.</summary>
    private async Task AssertRetryWithItsStateNotClosedAsync(JsonObject? inputResponses, bool elicitation, string reason)
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);
        var state = await AskAsync(sessionId);

        var answer = await _raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), elicitation, requestState: state, inputResponses: inputResponses);

        await AssertNotClosedAsync(answer, sessionId, reason);
    }

    private async Task AssertRefusedAsync(string sessionId, string state, string reason, string? caller = null)
    {
        var answer = await _raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: state, inputResponses: RawMcp.Answer("accept"), caller: caller);

        Assert.True(answer.IsToolError, answer.Body);
        Assert.StartsWith("Not closed: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains(reason, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionId, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(await PolicyHarness.OktaCallsAsync(_server), call => call.StartsWith("DELETE", StringComparison.Ordinal));
        Assert.True(await PolicyHarness.IsActiveAsync(_server, sessionId));
    }

    private async Task AssertNotClosedAsync(RawAnswer answer, string sessionId, string reason)
    {
        Assert.True(answer.IsToolError, answer.Body);
        Assert.StartsWith("Not closed: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains(reason, answer.Text, StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(_server));
        Assert.True(await PolicyHarness.IsActiveAsync(_server, sessionId));
    }
}
