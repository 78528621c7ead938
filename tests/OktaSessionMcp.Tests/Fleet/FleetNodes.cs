using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using OktaSessionMcp.Fleet;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Simulator;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tests.Policy;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>
/// A fleet in one test process: one Okta simulator, one Redis, and instances of the real HTTP host on free loopback
/// ports, each with the same confirmation key and --redis, as deploy/ runs them.
/// </summary>
public sealed class FleetNodes : IAsyncDisposable
{
    // Base64 of 32 bytes; a test value, not a secret.
    public const string ConfirmationKey = "ZmxlZXQtdGVzdHMtc2hhcmUtdGhpcy1zaWduaW5nLWtleSE=";

    private readonly List<WebApplication> _apps = [];

    private FleetNodes(OktaSimulator simulator, RedisServer redis)
    {
        Simulator = simulator;
        SimulatorClient = new SimulatorClient(simulator);
        Redis = redis;
    }

    public OktaSimulator Simulator { get; }

    public SimulatorClient SimulatorClient { get; }

    public RedisServer Redis { get; }

    public FakeLogCollector Logs { get; } = new();

    public static async Task<FleetNodes> StartAsync()
    {
        var redis = await RedisServer.StartAsync();
        return new FleetNodes(await OktaSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None), redis);
    }

    /// <summary>A stateless (2026-07-28) tools/list, as <see cref="RawMcp"/> posts it.</summary>
    public static string ToolsList => $$$"""{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{{{RawMcp.Meta().ToJsonString()}}}}}""";

    /// <summary>One <see cref="ToolsList"/> through each caller in turn; the HTTP statuses, in that order.</summary>
    public static async Task<List<HttpStatusCode>> ToolsListStatusesAsync(params RawMcp[] callers)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var caller in callers)
        {
            statuses.Add((await caller.PostAsync(ToolsList, "tools/list")).Status);
        }

        return statuses;
    }

    /// <summary>Starts one more instance whose per-caller rate limit is <paramref name="perHour"/> calls an hour.</summary>
    public Task<(WebApplication App, Uri McpUrl)> AddRateLimitedInstanceAsync(int perHour) =>
        AddInstanceAsync(("Auth:RateLimit", perHour.ToString(CultureInfo.InvariantCulture)), ("Auth:RateLimitWindowSeconds", "3600"));

    /// <summary>Starts one more instance; <paramref name="settings"/> add to or override the fleet's.</summary>
    public async Task<(WebApplication App, Uri McpUrl)> AddInstanceAsync(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Server:McpPort"] = "0",
            ["Server:RestEnabled"] = "false",
            ["Server:Redis"] = Redis.ConnectionString,
            ["Server:ConfirmationKey"] = ConfirmationKey,
            ["Okta:OrgUrl"] = Simulator.BaseUrl.ToString(),
            ["Okta:ApiToken"] = Simulator.ApiKey,
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var app = HttpHost.Build(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), builder =>
        {
            builder.Logging.AddProvider(new FakeLoggerProvider(Logs));
            TestCaller.Install(builder);
        });
        await app.StartAsync();
        _apps.Add(app);
        return (app, new Uri($"{app.Urls.First().TrimEnd('/')}/mcp"));
    }

    /// <summary>Creates an Okta session straight at the simulator, then clears its request log.</summary>
    public Task<string> NewSessionAsync() => SimulatorClient.NewSessionAsync();

    /// <summary>The requests Okta received since the log was last cleared, as "METHOD path".</summary>
    public async Task<IReadOnlyList<string>> OktaCallsAsync() =>
        [.. (await SimulatorClient.RequestsAsync()).Select(r => $"{r.GetProperty("method").GetString()} {r.GetProperty("rawTarget").GetString()}")];

    /// <summary>Completes once the instance's Redis connection is back (awaits the client's event; no polling).</summary>
    public static async Task ReconnectedAsync(WebApplication app)
    {
        var redis = app.Services.GetRequiredService<FleetRedis>();
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        redis.Multiplexer.ConnectionRestored += (_, _) =>
        {
            if (redis.IsConnected)
            {
                restored.TrySetResult();
            }
        };
        if (!redis.IsConnected)
        {
            await restored.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        SimulatorClient.Dispose();
        await Simulator.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
