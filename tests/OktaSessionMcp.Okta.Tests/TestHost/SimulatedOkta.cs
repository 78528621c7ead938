using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Simulator;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// The client as the product registers it (AddOktaSessionClient, real SocketsHttpHandler), pointed at an Okta
/// simulator on a loopback port; both may run on one <see cref="ManualClock"/> so that waits happen on a test's word.
/// </summary>
public sealed class SimulatedOkta : IAsyncDisposable
{
    /// <summary>A fake clock's start: five seconds before a minute ends, so a 429's reset is 5 s away (a 6 s wait).</summary>
    public static readonly DateTimeOffset NearMinuteEnd = new(2026, 11, 22, 10, 0, 55, TimeSpan.Zero);

    private readonly ServiceProvider services;
    private readonly HttpClient control;

    private SimulatedOkta(OktaSimulator simulator, ServiceProvider services)
    {
        Simulator = simulator;
        this.services = services;
        control = new HttpClient { BaseAddress = simulator.BaseUrl };
    }

    public OktaSimulator Simulator { get; }

    public IOktaSessionClient Client => services.GetRequiredService<IOktaSessionClient>();

    public IServiceProvider Services => services;

    /// <param name="simulatorClock">The simulator's clock (latency, Date, rate-limit windows); the system clock when null.</param>
    /// <param name="clientClock">The client's clock (timeouts, retry waits); the system clock when null.</param>
    /// <param name="configure">Further client settings.</param>
    public static async Task<SimulatedOkta> StartAsync(
        TimeProvider? simulatorClock = null, TimeProvider? clientClock = null, Action<OktaClientOptions>? configure = null)
    {
        var simulator = await OktaSimulator.StartAsync(
            new SimulatorOptions { TimeProvider = simulatorClock ?? TimeProvider.System }, CancellationToken.None);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddOktaSessionClient(options =>
        {
            options.OrgUrl = simulator.BaseUrl;
            options.ApiToken = simulator.ApiKey;
            options.TimeProvider = clientClock ?? TimeProvider.System;
            // Short enough that a real-clock test never waits long; tests about the backoff itself use a fake clock.
            options.TransientRetryDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(options);
        });
        return new SimulatedOkta(simulator, collection.BuildServiceProvider());
    }

    public string MintSessionToken() => Simulator.MintSessionToken(Simulator.Users[0].Login);

    /// <summary>A session created through the simulator's own API, not the client under test.</summary>
    public async Task<string> CreateSessionIdAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions")
        {
            Content = new StringContent($$"""{"sessionToken":"{{MintSessionToken()}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"SSWS {Simulator.ApiKey}");
        using var response = await control.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>
    /// A session made as <see cref="CreateSessionIdAsync"/> makes it, then <paramref name="faults"/> set (when given) and
    /// the request log cleared: what a test then reads of the log is its own requests only.
    /// </summary>
    public async Task<string> NewSessionUnderFaultsAsync(string? faults = null)
    {
        var sessionId = await CreateSessionIdAsync();
        if (faults is not null)
        {
            await SetFaultsAsync(faults);
        }

        await ClearRequestsAsync();
        return sessionId;
    }

    /// <summary>POST /__sim/faults, e.g. <c>{"errorRate":1,"errorStatus":503}</c>.</summary>
    public async Task SetFaultsAsync(string json)
    {
        using var response = await control.PostAsync(
            new Uri("/__sim/faults", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync() =>
        (await control.DeleteAsync(new Uri("/__sim/faults", UriKind.Relative))).EnsureSuccessStatusCode();

    public async Task ClearRequestsAsync() =>
        (await control.DeleteAsync(new Uri("/__sim/requests", UriKind.Relative))).EnsureSuccessStatusCode();

    /// <summary>GET /__sim/requests: every request to /api/v1 as the simulator saw it, oldest first.</summary>
    public async Task<IReadOnlyList<SimulatorRequest>> RequestsAsync()
    {
        var log = await control.GetFromJsonAsync<JsonElement>(new Uri("/__sim/requests", UriKind.Relative));
        return [.. log.EnumerateArray().Select(SimulatorRequest.From)];
    }

    /// <summary>With the faults lifted, the same client answers the next call at once, with no retry left over.</summary>
    public async Task AssertAnswersNextCallAsync(string sessionId)
    {
        await ClearFaultsAsync();
        await ClearRequestsAsync();

        var session = await Client.GetSessionAsync(sessionId, CancellationToken.None);

        Assert.Equal(sessionId, session.Id);
        var request = Assert.Single(await RequestsAsync());
        Assert.Equal((200, null, null), (request.Status, request.RetryFor, request.RetryCount));
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        control.Dispose();
        await Simulator.DisposeAsync();
    }
}
