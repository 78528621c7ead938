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
        var (_, first) = await fleet.AddInstanceAsync(("Auth:RateLimit", "3"), ("Auth:RateLimitWindowSeconds", "3600"));
        var (_, second) = await fleet.AddInstanceAsync(("Auth:RateLimit", "3"), ("Auth:RateLimitWindowSeconds", "3600"));
        using var a = new RawMcp(first);
        using var b = new RawMcp(second);

        var statuses = new List<HttpStatusCode>();
        foreach (var raw in new[] { a, b, a, b })
        {
            statuses.Add((await raw.PostAsync(ToolsList, "tools/list")).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [RedisFact]
    public async Task RedisDown_EachInstanceLimitsAlone_AndNothingFailsForRedissSake()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (_, first) = await fleet.AddInstanceAsync(("Auth:RateLimit", "2"), ("Auth:RateLimitWindowSeconds", "3600"));
        using var a = new RawMcp(first);
        await fleet.Redis.StopAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await a.PostAsync(ToolsList, "tools/list")).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static string ToolsList => $$$"""{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{{{RawMcp.Meta().ToJsonString()}}}}}""";
}
