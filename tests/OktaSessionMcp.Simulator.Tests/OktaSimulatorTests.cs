namespace OktaSessionMcp.Simulator.Tests;

public sealed class OktaSimulatorTests
{
    public static TheoryData<string> InvalidOptions => new(BadOptions.Keys);

    private static readonly Dictionary<string, Action<SimulatorOptions>> BadOptions = new()
    {
        ["ApiKey"] = options => options.ApiKey = " ",
        ["Port"] = options => options.Port = -1,
        ["BindAddress"] = options => options.BindAddress = "not-an-address",
        ["ReadOnlyApiKey"] = options => options.ReadOnlyApiKey = options.ApiKey,
        ["SessionLifetime"] = options => options.SessionLifetime = TimeSpan.Zero,
        ["SessionTokenLifetime"] = options => options.SessionTokenLifetime = TimeSpan.FromSeconds(-1),
        ["RateLimitPerMinute"] = options => options.RateLimitPerMinute = -1,
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task StartAsync_InvalidOption_ThrowsNamingIt(string option)
    {
        var options = new SimulatorOptions();
        BadOptions[option](options);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => OktaSimulator.StartAsync(options, CancellationToken.None));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PortZero_ListensOnAFreeLoopbackPort()
    {
        await using var simulator = await OktaSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(simulator.BaseUrl, "/__sim/health"));

        Assert.Equal("127.0.0.1", simulator.BaseUrl.Host);
        Assert.NotEqual(0, simulator.BaseUrl.Port);
        Assert.Equal("/", simulator.BaseUrl.AbsolutePath);
        Assert.Equal("sim-api-key-not-secret", simulator.ApiKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Users_AreSeededDeterministicallyWithOktaStyleIds()
    {
        await using var first = await OktaSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        await using var second = await OktaSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);

        Assert.Equal(first.Users, second.Users);
        Assert.Equal(3, first.Users.Count);
        Assert.All(first.Users, user => Assert.Matches("^00u[A-Za-z0-9]{17}$", user.Id));
        Assert.Equal(first.Users.Count, first.Users.Select(user => user.Id).Distinct().Count());
        Assert.Equal(new SimulatedUser(first.Users[0].Id, "alice@example.com", "Passw0rd!alice", "Alice", "Anderson"), first.Users[0]);
    }

    [Fact]
    public async Task Options_ChangedAfterStart_DoNotChangeTheRunningSimulator()
    {
        var options = new SimulatorOptions { ApiKey = "first-key" };
        await using var simulator = await OktaSimulator.StartAsync(options, CancellationToken.None);
        options.ApiKey = "second-key";
        using var http = new HttpClient { BaseAddress = simulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sessions/102abc");
        request.Headers.Add("Authorization", "SSWS first-key");

        using var response = await http.SendAsync(request);

        Assert.Equal("first-key", simulator.ApiKey);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DisposeAsync_Twice_StopsListeningOnce()
    {
        var simulator = await OktaSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var http = new HttpClient();

        await simulator.DisposeAsync();
        await simulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(simulator.BaseUrl, "/__sim/health")));
    }

    [Fact]
    public async Task Create_SameTokenConcurrently_ExactlyOneRequestWins()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var body = $$"""{"sessionToken":"{{await sim.MintTokenAsync()}}"}""";

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", body)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.Equal(15, responses.Count(response => response.StatusCode == HttpStatusCode.Unauthorized));
        Array.ForEach(responses, response => response.Dispose());
    }
}
