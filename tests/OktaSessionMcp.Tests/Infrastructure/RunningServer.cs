using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using ModelContextProtocol.Client;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Simulator;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>The real HTTP host on a free loopback port, with an Okta simulator of its own as the org.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(OktaSimulator simulator, WebApplication app, CapturingLoggerProvider logs)
    {
        Simulator = simulator;
        App = app;
        Logs = logs;
        McpUrl = new Uri($"{app.Urls.First().TrimEnd('/')}/mcp");
        SimulatorClient = new SimulatorClient(simulator);
    }

    public OktaSimulator Simulator { get; }

    public SimulatorClient SimulatorClient { get; }

    public WebApplication App { get; }

    public CapturingLoggerProvider Logs { get; }

    public Uri McpUrl { get; }

    public static async Task<RunningServer> StartAsync(
        IDictionary<string, string?>? settings = null,
        string? apiToken = null,
        CancellationToken cancellationToken = default)
    {
        var simulator = await OktaSimulator.StartAsync(new SimulatorOptions(), cancellationToken);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Server:McpPort"] = "0",
            ["Okta:OrgUrl"] = simulator.BaseUrl.ToString(),
            ["Okta:ApiToken"] = apiToken ?? simulator.ApiKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var app = HttpHost.Build(configuration, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddProvider(logs);
        });
        await app.StartAsync(cancellationToken);
        return new RunningServer(simulator, app, logs);
    }

    public Task<McpClient> ConnectAsync(CancellationToken cancellationToken = default) =>
        McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = McpUrl, TransportMode = HttpTransportMode.StreamableHttp }),
            cancellationToken: cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SimulatorClient.Dispose();
        await Simulator.DisposeAsync();
    }
}
