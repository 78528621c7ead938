using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>The in-process tools/list a starting server answers itself, and what it must leave untouched.</summary>
public sealed class StartupWarmupTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public async Task WarmUp_OnStart_AnswersWithoutOktaOrAudit(string stateful)
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Server:WarmUp"] = "true",
            ["Server:Stateful"] = stateful,
        });

        Assert.True(await server.App.Services.GetRequiredService<StartupWarmup>().Completion.WaitAsync(Guard));

        Assert.Empty(await server.SimulatorClient.RequestsAsync());
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("OktaSessionMcp.Audit:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WarmUp_TurnedOff_NeverRuns()
    {
        await using var server = await RunningServer.StartAsync();

        Assert.False(await server.App.Services.GetRequiredService<StartupWarmup>().Completion);
    }
}
