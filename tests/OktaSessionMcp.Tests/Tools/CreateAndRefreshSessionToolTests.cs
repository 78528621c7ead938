using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Tools;

/// <summary>The workflow tool over Streamable HTTP against the simulator: both steps, a used token, and a refresh that fails.</summary>
/// <remarks>One server serves the tests that need nothing of their own; each clears the request log it reads.</remarks>
public sealed class CreateAndRefreshSessionToolTests(SharedServer shared) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task CreateAndRefresh_FreshToken_ReturnsTheRefreshedSession()
    {
        var server = shared.Server;
        await server.SimulatorClient.ClearRequestsAsync();

        var result = await CallAsync(shared.Client, server.SimulatorClient.MintSessionToken());

        Assert.NotEqual(true, result.IsError);
        var value = result.StructuredContent!.Value;
        var sessionId = value.GetProperty("sessionId").GetString()!;
        Assert.Equal(server.Simulator.Users[0].Id, value.GetProperty("userId").GetString());
        Assert.EndsWith("Z", value.GetProperty("expiresAt").GetString(), StringComparison.Ordinal);
        var requests = (await server.SimulatorClient.RequestsAsync()).Select(r => $"{r.GetProperty("method")} {r.GetProperty("status")}").ToArray();
        Assert.Equal(["POST 200", "POST 200"], requests);
        var got = await shared.Client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });
        Assert.Equal(value.GetProperty("expiresAt").GetString(), got.StructuredContent!.Value.GetProperty("expiresAt").GetString());
    }

    [Fact]
    public async Task CreateAndRefresh_UsedToken_IsErrorThatSaysToAuthenticateAgain()
    {
        var token = shared.Server.SimulatorClient.MintSessionToken();
        Assert.NotEqual(true, (await CallAsync(shared.Client, token)).IsError);

        var second = await CallAsync(shared.Client, token);

        Assert.True(second.IsError);
        Assert.Contains("could not be created", ToolText.Of(second), StringComparison.Ordinal);
        Assert.Contains("HTTP 401", ToolText.Of(second), StringComparison.Ordinal);
        Assert.Contains("already used", ToolText.Of(second), StringComparison.Ordinal);
        Assert.DoesNotContain(token, ToolText.Of(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAndRefresh_TokenWithSpaces_IsErrorAndSendsNothing()
    {
        await shared.Server.SimulatorClient.ClearRequestsAsync();

        var result = await CallAsync(shared.Client, "not a token");

        Assert.True(result.IsError);
        Assert.Contains("No request was sent to Okta", ToolText.Of(result), StringComparison.Ordinal);
        Assert.Empty(await shared.Server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task CreateAndRefresh_RefreshFailsAfterCreate_IsErrorThatGivesTheNewSessionId()
    {
        // The simulator's faults hit every call, so they are switched on between the two steps, by the client itself.
        RunningServer server = null!;
        server = await RunningServer.StartAsync(configure: builder =>
            FailAfterCreateClient.Register(builder.Services, () => server.SetFaultsAsync(new { errorRate = 1.0, errorStatus = 503 })));
        await using var _ = server;
        await using var client = await server.ConnectAsync();

        var result = await CallAsync(client, server.SimulatorClient.MintSessionToken());

        Assert.True(result.IsError);
        var text = ToolText.Of(result);
        Assert.Contains("HTTP 503", text, StringComparison.Ordinal);
        Assert.Contains("okta-refresh-session", text, StringComparison.Ordinal);
        var refresh = Assert.Single(await server.SimulatorClient.RequestsAsync(), r => r.GetProperty("rawTarget").GetString()!.EndsWith("/lifecycle/refresh", StringComparison.Ordinal));
        var sessionId = refresh.GetProperty("rawTarget").GetString()!.Split('/')[4];
        Assert.Contains($"sessionId {sessionId}", text, StringComparison.Ordinal);

        // Nothing was lost: once Okta recovers, the refresh can be retried with the id the error gave.
        await server.SetFaultsAsync(new { errorRate = 0.0 });
        var retried = await client.CallToolAsync(RefreshSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });
        Assert.NotEqual(true, retried.IsError);
        Assert.Equal(sessionId, retried.StructuredContent!.Value.GetProperty("id").GetString());
    }

    private static async Task<CallToolResult> CallAsync(McpClient client, string sessionToken) =>
        await client.CallToolAsync(CreateAndRefreshSessionTool.Name, new Dictionary<string, object?> { ["sessionToken"] = sessionToken });

    /// <summary>The real client, with a hook that runs once a create has succeeded: the test's way to make only the refresh fail.</summary>
    private sealed class FailAfterCreateClient(IOktaSessionClient inner, Func<Task> afterCreate) : IOktaSessionClient
    {
        public static void Register(IServiceCollection services, Func<Task> afterCreate)
        {
            var real = services.Last(d => d.ServiceType == typeof(IOktaSessionClient));
            services.Remove(real);
            services.Add(ServiceDescriptor.Describe(
                typeof(IOktaSessionClient),
                provider => new FailAfterCreateClient((IOktaSessionClient)real.ImplementationFactory!(provider), afterCreate),
                real.Lifetime));
        }

        public async Task<OktaSession> CreateSessionAsync(string sessionToken, CancellationToken cancellationToken)
        {
            var session = await inner.CreateSessionAsync(sessionToken, cancellationToken);
            await afterCreate();
            return session;
        }

        public Task<OktaSession> GetSessionAsync(string sessionId, CancellationToken cancellationToken) => inner.GetSessionAsync(sessionId, cancellationToken);

        public Task CloseSessionAsync(string sessionId, CancellationToken cancellationToken) => inner.CloseSessionAsync(sessionId, cancellationToken);

        public Task<OktaSession> RefreshSessionAsync(string sessionId, CancellationToken cancellationToken) => inner.RefreshSessionAsync(sessionId, cancellationToken);
    }
}
