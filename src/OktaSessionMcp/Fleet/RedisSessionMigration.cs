using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;
using ModelContextProtocol.AspNetCore;
using OktaSessionMcp.Auth;
using StackExchange.Redis;

namespace OktaSessionMcp.Fleet;

/// <summary>
/// Stateful sessions (--stateful) that survive landing on another instance: the SDK hands us a session's initialize
/// parameters once it is set up, we keep them in Redis (with the idle timeout as expiry, renewed by
/// <see cref="SessionRecordKeepAlive"/>), and when a request names a session this instance does not know, the SDK asks
/// here and recreates the session from them. What cannot move is a server-to-client request in flight (an elicitation
/// confirming a close): its answer must reach the instance that asked, which is what hashing on Mcp-Session-Id at the
/// load balancer gives (deploy/nginx).
/// </summary>
internal sealed class RedisSessionMigration(FleetRedis redis, TimeSpan idleTimeout) : ISessionMigrationHandler
{
    internal const string KeyPrefix = "okta-session-mcp:mcp-session:";
    private const string OwnerField = "owner";
    private const string InitializeField = "initialize";
    private static readonly object MigratingKey = new();

    private static JsonTypeInfo<InitializeRequestParams> InitializeInfo =>
        (JsonTypeInfo<InitializeRequestParams>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(InitializeRequestParams));

    /// <summary>
    /// Whether this request is about to recreate a session here: the SDK then asks for a fresh McpServerOptions and writes
    /// the client's info into it, which McpServerOptionsOnce must not hand out as the shared instance.
    /// </summary>
    public static bool IsMigrating(HttpContext? context) => context?.Items.ContainsKey(MigratingKey) == true;

    internal static void MarkMigrating(HttpContext context) => context.Items[MigratingKey] = true;

    /// <summary>The Redis key of a session: a digest, so that whoever can read Redis learns no usable session id.</summary>
    public static RedisKey KeyOf(string sessionId) =>
        KeyPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));

    public async ValueTask OnSessionInitializedAsync(
        HttpContext context, string sessionId, InitializeRequestParams initializeParams, CancellationToken cancellationToken)
    {
        try
        {
            var transaction = redis.Database.CreateTransaction();
            var key = KeyOf(sessionId);
            _ = transaction.HashSetAsync(key,
            [
                new HashEntry(OwnerField, OwnerOf(context)),
                new HashEntry(InitializeField, JsonSerializer.Serialize(initializeParams, InitializeInfo)),
            ]);
            _ = transaction.KeyExpireAsync(key, idleTimeout);
            await transaction.ExecuteAsync().WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The session works here; it just cannot move. FleetRedis has said once that Redis is down.
        }
    }

    public async ValueTask<InitializeRequestParams?> AllowSessionMigrationAsync(
        HttpContext context, string sessionId, CancellationToken cancellationToken)
    {
        HashEntry[] record;
        try
        {
            record = await redis.Database.HashGetAllAsync(KeyOf(sessionId)).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return null; // 404 "Session not found": the client starts a new session, as after any expiry
        }

        var fields = record.ToDictionary(entry => entry.Name.ToString(), entry => entry.Value, StringComparer.Ordinal);
        if (!fields.TryGetValue(OwnerField, out var owner) || owner != OwnerOf(context)
            || !fields.TryGetValue(InitializeField, out var json) || json.IsNullOrEmpty)
        {
            return null; // unknown, expired, or another caller's session
        }

        InitializeRequestParams? initialize;
        try
        {
            initialize = JsonSerializer.Deserialize((string)json!, InitializeInfo);
        }
        catch (JsonException)
        {
            return null; // a record this build cannot read (another version's, say): as unknown, the client starts anew
        }

        if (initialize is not null)
        {
            MarkMigrating(context);
        }

        return initialize;
    }

    /// <summary>
    /// Who may pick the session up elsewhere: the authenticated caller (scheme, issuer and subject), as a digest; without
    /// inbound authentication everyone is one caller, as the SDK's own session check has it.
    /// </summary>
    private static string OwnerOf(HttpContext context) => context.User.Identity is { IsAuthenticated: true }
        ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CallerPrincipal.PartitionKey(context))))
        : "anonymous";
}
