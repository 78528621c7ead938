using OktaSessionMcp.Simulator.Requests;

namespace OktaSessionMcp.Simulator.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Requests_RecordsRawTargetStatusAndRequestIdOldestFirst()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        // Escapes the client keeps as they are (it would normalise %7E to ~ before sending).
        const string RawTarget = "/api/v1/sessions/102a%2Fb%20c?expand=user&q=a%3Db";

        using var first = await sim.SendAsync(HttpMethod.Get, RawTarget);
        using var second = await sim.SendWithAuthorizationAsync(HttpMethod.Delete, "/api/v1/sessions/102abc", null);

        var log = (await sim.RequestsAsync()).EnumerateArray().ToList();
        Assert.Equal(2, log.Count);
        Assert.Equal("GET", log[0].GetProperty("method").GetString());
        Assert.Equal(RawTarget, log[0].GetProperty("rawTarget").GetString());
        Assert.Equal(404, log[0].GetProperty("status").GetInt32());
        Assert.Equal("present", log[0].GetProperty("authorization").GetString());
        Assert.Equal(OktaAssert.Header(first, "X-Okta-Request-Id"), log[0].GetProperty("requestId").GetString());
        Assert.Equal("DELETE", log[1].GetProperty("method").GetString());
        Assert.Equal(401, log[1].GetProperty("status").GetInt32());
        Assert.Equal("absent", log[1].GetProperty("authorization").GetString());
        Assert.Equal(OktaAssert.Header(second, "X-Okta-Request-Id"), log[1].GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task Requests_NeverContainAuthorizationValueOrBody()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var token = await sim.MintTokenAsync();

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", $$"""{"sessionToken":"{{token}}"}""");

        using var raw = await sim.Http.GetAsync(new Uri("/__sim/requests", UriKind.Relative));
        var text = await raw.Content.ReadAsStringAsync();
        Assert.DoesNotContain(sim.Simulator.ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.Contains("\"authorization\":\"present\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_RetryHeaders_RecordedAsSentAndOmittedWhenAbsent()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        using var retry = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sessions/102abc");
        retry.Headers.Add("Authorization", sim.Authorization);
        retry.Headers.Add("X-Okta-Retry-For", "reqOriginalRequest00000");
        retry.Headers.Add("X-Okta-Retry-Count", "2");

        using var plain = await sim.SendAsync(HttpMethod.Get, "/api/v1/sessions/102abc");
        using var retried = await sim.Http.SendAsync(retry);

        var log = (await sim.RequestsAsync()).EnumerateArray().ToList();
        Assert.False(log[0].TryGetProperty("retryFor", out _));
        Assert.False(log[0].TryGetProperty("retryCount", out _));
        Assert.Equal("reqOriginalRequest00000", log[1].GetProperty("retryFor").GetString());
        Assert.Equal("2", log[1].GetProperty("retryCount").GetString());
    }

    [Fact]
    public async Task Requests_OnlyApiRoutesAreRecorded()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.MintTokenAsync();
        using var health = await sim.Http.GetAsync(new Uri("/__sim/health", UriKind.Relative));
        using var unknown = await sim.Http.GetAsync(new Uri("/elsewhere", UriKind.Relative));

        using var authn = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", "{}");

        var logged = Assert.Single((await sim.RequestsAsync()).EnumerateArray());
        Assert.Equal("/api/v1/authn", logged.GetProperty("rawTarget").GetString());
    }

    [Fact]
    public async Task DeleteRequests_ClearsTheLog()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        using var before = await sim.SendAsync(HttpMethod.Get, "/api/v1/sessions/102abc");

        using var delete = await sim.Http.DeleteAsync(new Uri("/__sim/requests", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(0, (await sim.RequestsAsync()).GetArrayLength());
    }

    [Fact]
    public void Add_BeyondCapacity_DropsOldest()
    {
        var log = new RequestLog();

        for (var i = 0; i <= RequestLog.MaxEntries; i++)
        {
            log.Add(new RecordedRequest("GET", $"/api/v1/sessions/{i}", null, false, null, null, $"req{i}"));
        }

        var entries = log.Snapshot();
        Assert.Equal(10_000, entries.Count);
        Assert.Equal("/api/v1/sessions/1", entries[0].RawTarget);
        Assert.Equal("/api/v1/sessions/10000", entries[^1].RawTarget);
    }
}
