using System.Net;
using System.Text;
using OktaSessionMcp.Fleet;
using OktaSessionMcp.Tests.BadInput;
using StackExchange.Redis;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>
/// The fleet's fixed window as Redis holds it: one key per caller that expires with its window, Retry-After from the
/// key's time left, and the instance's own limiter whenever Redis cannot count (down, or refusing the script).
/// </summary>
public sealed class FleetRateLimitWindowTests
{
    // The partition of a caller that is not authenticated (CallerPrincipal.PartitionKey), in the key scheme RedisRateLimiting used.
    private static readonly RedisKey Key = "rl:fw:{okta-session-mcp|ip|127.0.0.1}";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1000, 1)]
    [InlineData(1001, 2)]
    [InlineData(3_599_001, 3600)]
    public void RetryAfter_WholeSecondsRoundedUp_AtLeastOne(long milliseconds, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RedisFixedWindow.RetryAfter(milliseconds));

    [RedisFact]
    public async Task OverTheLimit_RetryAfterIsTheKeysTimeLeft_AndTheWindowEndsWhenTheKeyExpires()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (_, url) = await fleet.AddRateLimitedInstanceAsync(2);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fleet.Redis.ConnectionString);
        var database = redis.GetDatabase();
        using var http = new HttpClient();

        using var first = await PostAsync(http, url);
        var expiry = await database.KeyTimeToLiveAsync(Key);
        using var second = await PostAsync(http, url);
        // Two hours, not the setting's one: a Retry-After of about two hours can only have come from the key.
        await database.KeyExpireAsync(Key, TimeSpan.FromHours(2));
        using var refused = await PostAsync(http, url);
        await database.KeyExpireAsync(Key, DateTime.UtcNow.AddHours(-1)); // an expiry in the past: Redis drops it now
        using var nextWindow = await PostAsync(http, url);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK],
            new[] { first, second, refused, nextWindow }.Select(response => response.StatusCode));
        Assert.NotNull(expiry);
        Assert.InRange(expiry.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        // Rounded up to whole seconds; the lower bound leaves this test 100 s of its own time, never one more hour.
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(7100), TimeSpan.FromHours(2));
    }

    [RedisFact]
    public async Task RedisRefusesTheScript_TheRequestCountsLocally_AndNoneFails()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (_, url) = await fleet.AddRateLimitedInstanceAsync(2);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fleet.Redis.ConnectionString);
        using var raw = new RawMcp(url);

        var before = await FleetNodes.ToolsListStatusesAsync(raw);
        await redis.GetDatabase().StringSetAsync(Key, "not a count"); // INCRBY now fails in Redis, connection up
        var after = await FleetNodes.ToolsListStatusesAsync(raw, raw, raw);

        // The first counted in Redis; the next three by the instance's own window of 2, which had not been touched.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [.. before, .. after]);
    }

    [RedisFact]
    public async Task RedisBack_CountsInRedisAgain()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (app, url) = await fleet.AddRateLimitedInstanceAsync(2);
        using var raw = new RawMcp(url);

        await fleet.Redis.StopAsync();
        var whileDown = await FleetNodes.ToolsListStatusesAsync(raw);
        await fleet.Redis.StartAgainAsync();
        await FleetNodes.ReconnectedAsync(app);
        var afterwards = await FleetNodes.ToolsListStatusesAsync(raw, raw, raw);

        // Counted locally the last three would be 200, 429, 429 (one of 2 used while down); Redis restarted empty.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [.. whileDown, .. afterwards]);
    }

    /// <summary>RawMcp's request, answered with its headers (RawMcp keeps none).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(FleetNodes.ToolsList, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", RawMcp.July2026);
        request.Headers.Add("Mcp-Method", "tools/list");
        return await http.SendAsync(request);
    }
}
