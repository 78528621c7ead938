using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.StreamableHttp.Sessions;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>The in-process tools/list a host can send itself at start-up.</summary>
public sealed class WarmupTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WarmUpAsync_EitherMode_AnswersAndOpensNoSession(bool stateful)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);

        Assert.True(await McpStreamableHttpWarmup.WarmUpAsync(server.Services, CancellationToken.None));

        Assert.Equal(0, server.Services.GetRequiredService<SessionStore>().Count);
        Assert.False(server.Probe.Started.Task.IsCompleted);
    }
}
