namespace OktaSessionMcp.Simulator.Tests;

public sealed class FaultTests
{
    private const string Authn = """{"username":"alice@example.com","password":"Passw0rd!alice"}""";

    [Fact]
    public async Task Latency_HoldsTheAnswerUntilTheClockHasAdvanced()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"latencyMs":5000}""");

        var pending = sim.SendAsync(HttpMethod.Post, "/api/v1/authn", Authn);
        await sim.Clock.ScheduledAsync(TimeSpan.FromMilliseconds(5000));
        sim.Clock.Advance(TimeSpan.FromMilliseconds(4999));
        var completedEarly = pending.IsCompleted;
        sim.Clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await pending;

        Assert.False(completedEarly);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimulatorHarness.Start.AddSeconds(5), response.Headers.Date);
    }

    [Fact]
    public async Task Latency_ClientGivesUp_DelayIsCancelledAndRequestLoggedAsDropped()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"latencyMs":60000}""");
        using var giveUp = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sessions/102abc");

        var pending = sim.Http.SendAsync(request, giveUp.Token);
        await sim.Clock.ScheduledAsync(TimeSpan.FromMilliseconds(60000));
        var delayCancelled = sim.Clock.CancelledAsync(TimeSpan.FromMilliseconds(60000));
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await delayCancelled;
        Assert.Equal(0, Assert.Single((await sim.RequestsAsync()).EnumerateArray()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData(503, "E0000009", "Internal Server Error")]
    [InlineData(500, "E0000009", "Internal Server Error")]
    [InlineData(429, "E0000047", "API call exceeded rate limit due to too many requests.")]
    [InlineData(403, "E0000006", "You do not have permission to perform the requested action")]
    [InlineData(401, "E0000011", "Invalid token provided")]
    [InlineData(404, "E0000007", "Not found: Resource not found")]
    [InlineData(400, "E0000001", "Api validation failed")]
    public async Task ErrorRate_One_AnswersErrorStatusWithOktaBody(int status, string code, string summary)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync($$"""{"errorRate":1.0,"errorStatus":{{status}}}""");

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", Authn);

        await OktaAssert.ErrorAsync(response, (HttpStatusCode)status, code, summary);
        Assert.Matches("^req", OktaAssert.Header(response, "X-Okta-Request-Id"));
    }

    [Fact]
    public async Task ErrorRate_DefaultStatus_Is503()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"errorRate":1}""");

        using var response = await sim.SendAsync(HttpMethod.Get, "/api/v1/sessions/102abc");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.ServiceUnavailable, "E0000009");
    }

    [Fact]
    public async Task MalformedRate_One_Answers200WithHtml()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"malformedRate":1}""");

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", Authn);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<html>", body, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task DropRate_One_ClosesConnectionAndLogsStatusZero()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"dropRate":1}""");
        // A fresh client: SocketsHttpHandler may resend a request that died on a reused keep-alive connection.
        using var fresh = new HttpClient { BaseAddress = sim.Simulator.BaseUrl };

        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.GetAsync(new Uri("/api/v1/sessions/102abc", UriKind.Relative)));

        var logged = Assert.Single((await sim.RequestsAsync()).EnumerateArray());
        Assert.Equal(0, logged.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Faults_OnlyApplyToApiRoutes()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"errorRate":1,"dropRate":1,"malformedRate":1}""");

        using var health = await sim.Http.GetAsync(new Uri("/__sim/health", UriKind.Relative));
        using var token = await sim.SendWithAuthorizationAsync(HttpMethod.Post, "/__sim/session-tokens", null, """{"login":"alice@example.com"}""");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task DeleteFaults_AfterEveryFault_RestoresNormalAnswers()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"errorRate":1,"malformedRate":1,"dropRate":1,"rateLimitPerMinute":1}""");

        using var delete = await sim.Http.DeleteAsync(new Uri("/__sim/faults", UriKind.Relative));
        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", Authn);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
