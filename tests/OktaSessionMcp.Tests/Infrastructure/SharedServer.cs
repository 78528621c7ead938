using ModelContextProtocol.Client;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>
/// One server (on its own simulator) and one connected MCP client for a whole test class, for tests that need no
/// isolation from each other: each starts from what it sets up itself (a fresh session, a cleared request log).
/// </summary>
public sealed class SharedServer : IAsyncLifetime
{
    public RunningServer Server { get; private set; } = null!;

    public McpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RunningServer.StartAsync();
        Client = await Server.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }
}
