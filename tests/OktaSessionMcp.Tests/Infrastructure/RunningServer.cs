using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using ModelContextProtocol.Client;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Rest;
using OktaSessionMcp.Simulator;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>
/// The real HTTP host on free loopback ports (MCP and the REST adapter), with an Okta simulator of its own as the org.
/// In configuration a port of 0 picks a free port; Server:RestEnabled=false turns the REST adapter off.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(OktaSimulator simulator, WebApplication app, FakeLogCollector logs)
    {
        Simulator = simulator;
        App = app;
        Logs = logs;
        RestUrl = app.Services.GetRequiredService<RestListener>().BaseUrl;
        McpUrl = new Uri($"{app.Urls.First(url => RestUrl is null || new Uri(url).Port != RestUrl.Port).TrimEnd('/')}/mcp");
        SimulatorClient = new SimulatorClient(simulator);
    }

    public OktaSimulator Simulator { get; }

    public SimulatorClient SimulatorClient { get; }

    public WebApplication App { get; }

    public FakeLogCollector Logs { get; }

    public Uri McpUrl { get; }

    /// <summary>The REST adapter's base URL, e.g. http://127.0.0.1:41234/; null when it is turned off.</summary>
    public Uri? RestUrl { get; }

    public static async Task<RunningServer> StartAsync(
        IDictionary<string, string?>? settings = null,
        string? apiToken = null,
        Action<WebApplicationBuilder>? configure = null,
        SimulatorOptions? simulatorOptions = null,
        CancellationToken cancellationToken = default)
    {
        var simulator = await OktaSimulator.StartAsync(simulatorOptions ?? new SimulatorOptions(), cancellationToken);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Server:McpPort"] = "0",
            ["Server:RestPort"] = "0",

            ["Okta:OrgUrl"] = simulator.BaseUrl.ToString(),
            ["Okta:ApiToken"] = apiToken ?? simulator.ApiKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var logs = new FakeLogCollector();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var app = HttpHost.Build(configuration, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddProvider(new FakeLoggerProvider(logs));
            configure?.Invoke(builder);
        });
        await app.StartAsync(cancellationToken);
        return new RunningServer(simulator, app, logs);
    }

    public Task<McpClient> ConnectAsync(CancellationToken cancellationToken = default) =>
        McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = McpUrl, TransportMode = HttpTransportMode.StreamableHttp }),
            cancellationToken: cancellationToken);

    /// <summary>Sets the simulator's faults (POST /__sim/faults), e.g. <c>new { dropRate = 1.0 }</c>; omitted fields keep their value.</summary>
    public async Task SetFaultsAsync(object faults, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUrl };
        using var response = await http.PostAsJsonAsync("/__sim/faults", faults, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SimulatorClient.Dispose();
        await Simulator.DisposeAsync();
    }
}
