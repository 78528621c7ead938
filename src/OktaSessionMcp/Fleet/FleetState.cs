using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.AspNetCore;
using OktaSessionMcp.Auth;
using OktaSessionMcp.Health;
using OktaSessionMcp.Policy;
using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// With --redis, what a fleet of instances must share goes to Redis: used confirmation nonces, the per-caller rate limit
/// and (with --stateful) sessions' initialize parameters; /readyz reports Redis. Without it nothing here is registered
/// and each piece keeps its in-process default.
/// </summary>
/// <remarks>
/// Confirmations are signed with the shared Server__ConfirmationKey, which --redis requires, rather than with a key ring
/// kept in Redis (as ASP.NET Core Data Protection's Redis store would): the key is a secret and belongs in the secret
/// store (a Kubernetes Secret, a systemd credential), whereas Redis is a cache that more parties can read, and anyone who
/// can read a signing key can make a "yes" that closes a session. It also keeps verification free of a Redis round trip.
/// </remarks>
internal static class FleetState
{
    /// <summary>The server's settings this needs: --redis, --stateful and the sessions' idle timeout.</summary>
    public readonly record struct Settings(string? Redis, bool Stateful, TimeSpan SessionIdle);

    public static bool IsEnabled(Settings server) => !string.IsNullOrWhiteSpace(server.Redis);

    public static void AddFleetState(this WebApplicationBuilder builder, Settings server, AuthSettings auth)
    {
        if (!IsEnabled(server))
        {
            return;
        }

        var services = builder.Services;
        var options = Parse(server.Redis!);
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{PolicyOptions.Section}:{nameof(PolicyOptions.ConfirmationKey)}"]))
        {
            throw new StartupException(
                "--redis (Server__Redis) needs Server__ConfirmationKey: every instance must sign confirmations with the same key, " +
                "or a confirmation asked by one is refused by the next. Make one with 'openssl rand -base64 32' and give every " +
                "instance the same value (a secret, like OKTA_API_KEY).");
        }

        services.AddSingleton(provider => new FleetRedis(options, provider.GetRequiredService<ILogger<FleetRedis>>()));
        // The health check service logs a Warning for every probe that finds a check degraded: with Redis down that is
        // one line per probe. FleetRedis says it once (and once when it is back); /readyz still names it each time.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Error);
        services.Replace(ServiceDescriptor.Singleton<INonceStore, RedisUsedNonces>());
        services.AddHealthChecks().AddCheck<RedisReadinessCheck>("redis", tags: [HealthEndpoints.ReadyTag]);
        if (auth.RateLimit > 0)
        {
            // After InboundRateLimiting has set the instance's own limiter: it stays, as the fallback while Redis is down.
            services.AddOptions<RateLimiterOptions>().PostConfigure<FleetRedis>((limiter, redis) =>
                limiter.GlobalLimiter = new FleetRateLimiter(
                    new RedisFixedWindow(redis, auth.RateLimit, auth.RateLimitWindow),
                    context => InboundSecurityExemptions.IsExempt(context) ? null : CallerPrincipal.PartitionKey(context),
                    limiter.GlobalLimiter!,
                    redis));
        }

        if (server.Stateful)
        {
            var idle = server.SessionIdle;
            services.AddHttpContextAccessor(); // McpServerOptionsOnce gives a migrating request options of its own
            services.AddSingleton<ISessionMigrationHandler>(provider => new RedisSessionMigration(provider.GetRequiredService<FleetRedis>(), idle));
        }
    }

    /// <summary>Connects to Redis; before MapMcp, renews the Redis record of each stateful session a request names.</summary>
    public static void UseFleetState(this WebApplication app, Settings server)
    {
        if (IsEnabled(server))
        {
            // Connect now, so that a Redis down at start-up is in the log at start-up, not at the first confirmation.
            app.Services.GetRequiredService<FleetRedis>();
        }

        if (IsEnabled(server) && server.Stateful)
        {
            app.UseMiddleware<SessionRecordKeepAlive>(server.SessionIdle);
        }
    }

    /// <summary>Never echoes the connection string: it may carry a password.</summary>
    private static ConfigurationOptions Parse(string connection)
    {
        try
        {
            var options = ConfigurationOptions.Parse(connection);
            return options.EndPoints.Count > 0 ? options
                : throw new StartupException("--redis (Server__Redis) names no server: give host:port, e.g. 127.0.0.1:6379 or redis.internal:6379,password=...,ssl=true.");
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or NotSupportedException)
        {
            throw new StartupException(
                "--redis (Server__Redis) is not a StackExchange.Redis connection string: use host:port followed by comma-separated " +
                "options, e.g. 127.0.0.1:6379 or redis.internal:6379,password=...,ssl=true.");
        }
    }
}
