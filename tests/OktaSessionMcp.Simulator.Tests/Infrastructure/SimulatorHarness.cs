using System.Net.Http.Headers;
using System.Text.Json;
using System.Text;
using OktaSessionMcp.Okta.Tests.TestHost;

namespace OktaSessionMcp.Simulator.Tests.Infrastructure;

/// <summary>A simulator on a free loopback port with a fake clock, and an HttpClient pointed at it.</summary>
public sealed class SimulatorHarness : IAsyncDisposable
{
    /// <summary>The fake clock's start: the top of a minute, so rate-limit windows are easy to reason about.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private SimulatorHarness(OktaSimulator simulator, ManualClock clock)
    {
        Simulator = simulator;
        Clock = clock;
        Http = new HttpClient { BaseAddress = simulator.BaseUrl };
    }

    public OktaSimulator Simulator { get; }

    public ManualClock Clock { get; }

    public HttpClient Http { get; }

    public string Authorization => $"SSWS {Simulator.ApiKey}";

    public static async Task<SimulatorHarness> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var clock = new ManualClock(Start);
        var options = new SimulatorOptions { TimeProvider = clock };
        configure?.Invoke(options);
        return new SimulatorHarness(await OktaSimulator.StartAsync(options, CancellationToken.None), clock);
    }

    /// <summary>Sends with the simulator's API key.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null) =>
        SendWithAuthorizationAsync(method, path, Authorization, json);

    /// <summary>Sends with the given Authorization header value, or none when null.</summary>
    public async Task<HttpResponseMessage> SendWithAuthorizationAsync(HttpMethod method, string path, string? authorization, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        return await Http.SendAsync(request);
    }

    public async Task<string> MintTokenAsync(string login = "alice@example.com")
    {
        using var response = await SendAsync(HttpMethod.Post, "/__sim/session-tokens", $$"""{"login":"{{login}}"}""");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("sessionToken").GetString()!;
    }

    /// <summary>Creates a session for the login and returns its body.</summary>
    public async Task<JsonElement> CreateSessionAsync(string login = "alice@example.com")
    {
        var token = await MintTokenAsync(login);
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/sessions", $$"""{"sessionToken":"{{token}}"}""");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    public async Task SetFaultsAsync(string json)
    {
        using var response = await SendWithAuthorizationAsync(HttpMethod.Post, "/__sim/faults", null, json);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<JsonElement> RequestsAsync()
    {
        using var response = await Http.GetAsync(new Uri("/__sim/requests", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
