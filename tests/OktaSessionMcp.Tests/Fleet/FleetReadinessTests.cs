using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>/readyz names Redis when it is down, keeps answering 200 (reads go on), and is clean again once it is back.</summary>
public sealed class FleetReadinessTests
{
    [RedisFact]
    public async Task Readyz_RedisStoppedThenStarted_ReportsItThenRecovers()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (app, url) = await fleet.AddInstanceAsync();
        using var http = new HttpClient { BaseAddress = url };

        var up = await ReadyzAsync(http);
        await fleet.Redis.StopAsync();
        var down = await ReadyzAsync(http);
        await fleet.Redis.StartAgainAsync();
        await FleetNodes.ReconnectedAsync(app);
        var back = await ReadyzAsync(http);

        Assert.Equal((HttpStatusCode.OK, true), (up.Status, up.Ready));
        Assert.Equal((HttpStatusCode.OK, true), (down.Status, down.Ready));
        // Anonymous, so without Redis's address (the log line names it).
        Assert.StartsWith("Redis (--redis) is unreachable: closing sessions is refused", down.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(fleet.Redis.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), down.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", back.Detail, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, bool Ready, string Detail)> ReadyzAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.GetProperty("ready").GetBoolean(), body.GetProperty("detail").GetString()!);
    }
}
