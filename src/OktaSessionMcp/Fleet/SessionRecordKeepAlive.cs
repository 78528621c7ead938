using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// Keeps a stateful session's record in Redis (<see cref="RedisSessionMigration"/>) as long as the session is used: each
/// request that names a session renews the record's expiry to the idle timeout, as the SDK renews its own idle clock, and
/// a DELETE that ended the session removes it. Both are fire-and-forget commands: the request never waits for Redis, and
/// when Redis is down the record simply expires.
/// </summary>
internal sealed class SessionRecordKeepAlive(RequestDelegate next, FleetRedis redis, TimeSpan idleTimeout)
{
    private const string SessionIdHeader = "Mcp-Session-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var sessionId = context.Request.Headers[SessionIdHeader].ToString();
        var delete = HttpMethods.IsDelete(context.Request.Method);
        if (sessionId.Length > 0 && !delete)
        {
            // Before the request: a GET stream may stay open for hours.
            Send(database => database.KeyExpireAsync(RedisSessionMigration.KeyOf(sessionId), idleTimeout, CommandFlags.FireAndForget));
        }

        await next(context);
        if (sessionId.Length > 0 && delete && context.Response.StatusCode == StatusCodes.Status200OK)
        {
            Send(database => database.KeyDeleteAsync(RedisSessionMigration.KeyOf(sessionId), CommandFlags.FireAndForget));
        }
    }

    private void Send(Func<IDatabase, Task> command)
    {
        if (!redis.IsConnected)
        {
            return;
        }

        try
        {
            _ = command(redis.Database);
        }
        catch (RedisException)
        {
            // Disconnected between the check and the command: the record expires on its own.
        }
    }
}
