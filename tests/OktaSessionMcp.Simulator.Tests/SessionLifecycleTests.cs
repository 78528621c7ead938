namespace OktaSessionMcp.Simulator.Tests;

public sealed class SessionLifecycleTests
{
    [Fact]
    public async Task Get_ActiveSession_ReturnsSameSession()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var created = await sim.CreateSessionAsync();

        using var response = await sim.SendAsync(HttpMethod.Get, $"/api/v1/sessions/{Id(created)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(created.GetRawText(), (await SimulatorHarness.JsonAsync(response)).GetRawText());
    }

    [Theory]
    [InlineData("102UnknownSessionId0000000")]
    [InlineData("me")]
    public async Task Get_UnknownSession_Returns404NamingTheSession(string id)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Get, $"/api/v1/sessions/{id}");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.NotFound, "E0000007", $"Not found: Resource not found: {id} (Session)");
    }

    [Theory]
    [InlineData(7_199_999, HttpStatusCode.OK)]
    [InlineData(7_200_000, HttpStatusCode.NotFound)]
    public async Task Get_SessionAge_ExpiresAfterSessionLifetime(int ageMs, HttpStatusCode expected)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var id = Id(await sim.CreateSessionAsync());
        sim.Clock.Advance(TimeSpan.FromMilliseconds(ageMs));

        using var response = await sim.SendAsync(HttpMethod.Get, $"/api/v1/sessions/{id}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_ActiveSession_ExtendsExpiryFromNow()
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.SessionLifetime = TimeSpan.FromMinutes(10));
        var created = await sim.CreateSessionAsync();
        sim.Clock.Advance(TimeSpan.FromMinutes(8));

        using var refresh = await sim.SendAsync(HttpMethod.Post, $"/api/v1/sessions/{Id(created)}/lifecycle/refresh");
        sim.Clock.Advance(TimeSpan.FromMinutes(9));
        using var get = await sim.SendAsync(HttpMethod.Get, $"/api/v1/sessions/{Id(created)}");

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = await SimulatorHarness.JsonAsync(refresh);
        Assert.Equal("2026-11-22T10:10:00.000Z", created.GetProperty("expiresAt").GetString());
        Assert.Equal("2026-11-22T10:18:00.000Z", refreshed.GetProperty("expiresAt").GetString());
        Assert.Equal(created.GetProperty("createdAt").GetString(), refreshed.GetProperty("createdAt").GetString());
        Assert.Equal(Id(created), Id(refreshed));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("2026-11-22T10:18:00.000Z", (await SimulatorHarness.JsonAsync(get)).GetProperty("expiresAt").GetString());
    }

    [Theory]
    [InlineData("POST", "/lifecycle/refresh", 2)]
    [InlineData("DELETE", "", 3)]
    public async Task RefreshOrClose_ExpiredSession_Returns404NamingTheSession(string method, string suffix, int hours)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var id = Id(await sim.CreateSessionAsync());
        sim.Clock.Advance(TimeSpan.FromHours(hours));

        using var response = await sim.SendAsync(new HttpMethod(method), $"/api/v1/sessions/{id}{suffix}");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.NotFound, "E0000007", $"Not found: Resource not found: {id} (Session)");
    }

    [Fact]
    public async Task Close_ActiveSession_Returns204WithoutBodyThenSessionIsGone()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var id = Id(await sim.CreateSessionAsync());

        using var close = await sim.SendAsync(HttpMethod.Delete, $"/api/v1/sessions/{id}");
        using var get = await sim.SendAsync(HttpMethod.Get, $"/api/v1/sessions/{id}");
        using var refresh = await sim.SendAsync(HttpMethod.Post, $"/api/v1/sessions/{id}/lifecycle/refresh");
        using var closeAgain = await sim.SendAsync(HttpMethod.Delete, $"/api/v1/sessions/{id}");

        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        Assert.Null(close.Content.Headers.ContentType);
        Assert.Empty(await close.Content.ReadAsByteArrayAsync());
        await OktaAssert.ErrorAsync(get, HttpStatusCode.NotFound, "E0000007", $"Not found: Resource not found: {id} (Session)");
        await OktaAssert.ErrorAsync(refresh, HttpStatusCode.NotFound, "E0000007");
        await OktaAssert.ErrorAsync(closeAgain, HttpStatusCode.NotFound, "E0000007");
    }

    private static string Id(JsonElement session) => session.GetProperty("id").GetString()!;
}
