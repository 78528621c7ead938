using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OktaSessionMcp.Policy;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tests.Policy;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>
/// The confirmation filter over a store of used nonces that fails (as Redis does when it goes away): no close without a
/// single-use check, whichever moment the store fails at. No Redis needed.
/// </summary>
public sealed class NonceStoreFailureTests
{
    [Fact]
    public async Task StoreFailsWhileTheAnswerIsChecked_NotClosedAndNoDelete()
    {
        var store = new SwitchableStore();
        await using var server = await RunningServer.StartAsync(configure: builder => builder.Services.Replace(ServiceDescriptor.Singleton<INonceStore>(store)));
        using var raw = new RawMcp(server.McpUrl);
        var sessionId = await PolicyHarness.NewSessionAsync(server);
        var state = (await raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId))).Result!["requestState"]!.GetValue<string>();
        store.Answer = NonceUse.Unavailable;

        var answer = await raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId), requestState: state, inputResponses: RawMcp.Answer("accept"));

        Assert.True(answer.IsToolError, answer.Body);
        Assert.StartsWith("Not closed: this server cannot check right now that a confirmation is used only once", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await PolicyHarness.OktaCallsAsync(server), call => call.StartsWith("DELETE", StringComparison.Ordinal));
        Assert.True(await PolicyHarness.IsActiveAsync(server, sessionId));
    }

    [Fact]
    public async Task StoreKnownDown_RefusedBeforeAskingAndNothingSent()
    {
        var store = new SwitchableStore { IsAvailable = false };
        await using var server = await RunningServer.StartAsync(configure: builder => builder.Services.Replace(ServiceDescriptor.Singleton<INonceStore>(store)));
        using var raw = new RawMcp(server.McpUrl);
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var answer = await raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId));

        Assert.True(answer.IsToolError, answer.Body);
        Assert.Null(answer.Result?["requestState"]);
        Assert.Contains("(Redis) is unreachable", answer.Text, StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(server));
    }

    [Fact]
    public async Task StoreDown_CloseWithConfirmationOff_StillCloses()
    {
        var store = new SwitchableStore { IsAvailable = false, Answer = NonceUse.Unavailable };
        await using var server = await RunningServer.StartAsync(
            PolicyHarness.Settings(("Server:ConfirmDestructive", "never")),
            configure: builder => builder.Services.Replace(ServiceDescriptor.Singleton<INonceStore>(store)));
        using var raw = new RawMcp(server.McpUrl);
        var sessionId = await PolicyHarness.NewSessionAsync(server);

        var answer = await raw.CallAsync(CloseSessionTool.Name, Arguments(sessionId));

        Assert.False(answer.IsToolError, answer.Body);
        Assert.Equal([$"DELETE /api/v1/sessions/{sessionId}"], await PolicyHarness.OktaCallsAsync(server));
    }

    private static JsonObject Arguments(string sessionId) => new() { ["sessionId"] = sessionId };

    private sealed class SwitchableStore : INonceStore
    {
        public bool IsAvailable { get; set; } = true;

        public NonceUse Answer { get; set; } = NonceUse.First;

        public ValueTask<NonceUse> TryUseAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken) => ValueTask.FromResult(Answer);
    }
}
