using ModelContextProtocol.Protocol;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Security;

public sealed class LogSecrecyTests
{
    [Fact]
    public async Task FullRunAtTrace_Logs_ContainNoTokenNoSessionTokenNoSessionId()
    {
        await using var server = await RunningServer.StartAsync();
        await using var client = await server.ConnectAsync();
        var sessionToken = server.SimulatorClient.MintSessionToken();

        var created = await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken } });
        var sessionId = created.StructuredContent!.Value.GetProperty("id").GetString()!;
        foreach (var tool in new[] { GetSessionTool.Name, RefreshSessionTool.Name, CloseSessionTool.Name, GetSessionTool.Name })
        {
            await client.CallToolAsync(tool, new Dictionary<string, object?> { ["sessionId"] = sessionId });
        }

        await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken } });

        var logs = server.Logs.AllText;
        Assert.NotEmpty(server.Logs.Lines);
        Assert.DoesNotContain(server.Simulator.ApiKey, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionId, logs, StringComparison.Ordinal);
    }
}
