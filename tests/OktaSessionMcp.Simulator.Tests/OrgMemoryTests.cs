using OktaSessionMcp.Simulator.Org;

namespace OktaSessionMcp.Simulator.Tests;

public sealed class OrgMemoryTests
{
    [Fact]
    public async Task IssueToken_AfterManyAdditions_PurgesExpiredTokens()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        const int Stale = 10;
        for (var i = 0; i < Stale; i++)
        {
            sim.Simulator.MintSessionToken("alice@example.com");
        }

        sim.Clock.Advance(TimeSpan.FromMinutes(5));
        for (var i = Stale; i < ExpiringStore<IssuedToken>.PurgeEvery; i++)
        {
            sim.Simulator.MintSessionToken("bob@example.com");
        }

        Assert.Equal(ExpiringStore<IssuedToken>.PurgeEvery - Stale, sim.Simulator.Org.TokenCount);
    }

    [Fact]
    public async Task Redeem_AfterManyAdditions_PurgesExpiredSessions()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var org = sim.Simulator.Org;
        var user = sim.Simulator.Users[0];
        org.Redeem(org.IssueToken(user).Token);
        sim.Clock.Advance(TimeSpan.FromHours(2));

        for (var i = 1; i < ExpiringStore<SimulatedSession>.PurgeEvery; i++)
        {
            org.Redeem(org.IssueToken(user).Token);
        }

        Assert.Equal(ExpiringStore<SimulatedSession>.PurgeEvery - 1, org.SessionCount);
        Assert.Equal(0, org.TokenCount);
    }

    [Fact]
    public async Task PurgeExpired_KeepsLiveEntries()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var org = sim.Simulator.Org;
        org.Redeem(org.IssueToken(sim.Simulator.Users[0]).Token);
        org.IssueToken(sim.Simulator.Users[1]);
        sim.Clock.Advance(TimeSpan.FromMinutes(10));
        org.IssueToken(sim.Simulator.Users[2]);

        org.PurgeExpired();

        Assert.Equal((1, 1), (org.SessionCount, org.TokenCount));
    }
}
