using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// The instance's one Redis connection (--redis). It starts and reconnects by itself while Redis is down, a command
/// issued meanwhile fails at once instead of queueing, and the log says once that Redis went away and once that it came
/// back: never per request, and never the connection string (it may hold a password), only the endpoints.
/// </summary>
internal sealed partial class FleetRedis : IDisposable
{
    private readonly ILogger<FleetRedis> _logger;
    private int _down;
    private volatile bool _disposed;

    public FleetRedis(ConfigurationOptions options, ILogger<FleetRedis> logger)
    {
        _logger = logger;
        options.AbortOnConnectFail = false; // start while Redis is down; the multiplexer keeps trying in the background
        options.BacklogPolicy = BacklogPolicy.FailFast; // no queue of commands waiting for a reconnect: callers decide now
        options.ReconnectRetryPolicy = new ExponentialRetry(250, 5000); // back within seconds of Redis returning
        Endpoints = string.Join(", ", options.EndPoints.Select(endpoint => endpoint.ToString()));
        Multiplexer = ConnectionMultiplexer.Connect(options);
        Multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.FailureType != ConnectionFailureType.ConnectionDisposed && !_disposed)
            {
                MarkDown(e.FailureType.ToString());
            }
        };
        Multiplexer.ConnectionRestored += (_, _) => MarkUp();
        if (!Multiplexer.IsConnected)
        {
            MarkDown("no connection at start-up");
        }
    }

    public IConnectionMultiplexer Multiplexer { get; }

    /// <summary>Host and port of each configured endpoint, for messages.</summary>
    public string Endpoints { get; }

    public bool IsConnected => Multiplexer.IsConnected;

    public IDatabase Database => Multiplexer.GetDatabase();

    /// <summary>What /readyz says while Redis is down; anonymous, so without the endpoints (the log line names them).</summary>
    public const string DownDetail = "Redis (--redis) is unreachable: closing sessions is refused (a confirmation " +
        "cannot be checked for replay) and the rate limit counts per instance until it returns; reads and refreshes go on.";

    public void Dispose()
    {
        _disposed = true; // closing our own connection at shutdown is not Redis being down
        Multiplexer.Dispose();
    }

    private void MarkDown(string reason)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogDown(_logger, Endpoints, DownDetail, reason);
        }
    }

    private void MarkUp()
    {
        if (Multiplexer.IsConnected && Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogUp(_logger, Endpoints);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "At {Endpoints}: {Detail} ({Reason}). It reconnects by itself.")]
    private static partial void LogDown(ILogger logger, string endpoints, string detail, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis at {Endpoints} is reachable again: confirmations and the fleet-wide rate limit are back.")]
    private static partial void LogUp(ILogger logger, string endpoints);
}
