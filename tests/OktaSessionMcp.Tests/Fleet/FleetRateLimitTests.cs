using System.Net;
using OktaSessionMcp.Tests.BadInput;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>With --redis the per-caller rate limit counts across instances; while Redis is down each instance counts alone.</summary>
public sealed class FleetRateLimitTests
{
    [RedisFact]
    public async Task LimitOfThree_SpreadOverTwoInstances_FourthCallIsRefused()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (_, first) = await fleet.AddRateLimitedInstanceAsync(3);
        var (_, second) = await fleet.AddRateLimitedInstanceAsync(3);
        using var a = new RawMcp(first);
        using var b = new RawMcp(second);

        var statuses = await FleetNodes.ToolsListStatusesAsync(a, b, a, b);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [RedisFact]
    public async Task RedisDown_EachInstanceLimitsAlone_AndNothingFailsForRedissSake()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (_, first) = await fleet.AddRateLimitedInstanceAsync(2);
        using var a = new RawMcp(first);
        await fleet.Redis.StopAsync();

        var statuses = await FleetNodes.ToolsListStatusesAsync(a, a, a);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
