using OktaSessionMcp.Fleet;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// Builds the MCP server's options once. For every stateless request the SDK asks the options factory for a new
/// instance, which reruns every configure step (tool collection, tool selection, filters, authorization setup) per call;
/// stateful sessions already share one instance. So every caller gets the one built first (what the SDK then sets on it
/// per request, <see cref="McpServerOptions.ScopeRequests"/> = false, is already set: see McpServerSetup).
/// </summary>
/// <remarks>
/// Sound only while nothing changes options per session. The SDK's ConfigureSessionOptions would (it is not used). Session
/// migration (--redis with --stateful) does: recreating a session moved from another instance, the SDK asks for options
/// and writes that client's info and capabilities into them. That request, marked by the migration handler, gets an
/// instance of its own (<paramref name="requests"/> is registered only then); every other caller still shares one.
/// </remarks>
internal sealed class McpServerOptionsOnce(
    IEnumerable<IConfigureOptions<McpServerOptions>> setups,
    IEnumerable<IPostConfigureOptions<McpServerOptions>> postConfigures,
    IEnumerable<IValidateOptions<McpServerOptions>> validations,
    IHttpContextAccessor? requests = null) : IOptionsFactory<McpServerOptions>
{
    private readonly OptionsFactory<McpServerOptions> _factory = new(setups, postConfigures, validations);
    private readonly Lazy<McpServerOptions> _options = new(() =>
        new OptionsFactory<McpServerOptions>(setups, postConfigures, validations).Create(Options.DefaultName));

    public McpServerOptions Create(string name) =>
        RedisSessionMigration.IsMigrating(requests?.HttpContext) ? _factory.Create(Options.DefaultName) : _options.Value;
}
