using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// Builds the MCP server's options once. For every stateless request the SDK asks the options factory for a new
/// instance, which reruns every configure step (tool collection, tool selection, filters, authorization setup) per call;
/// stateful sessions already share one instance. So every caller gets the one built first (what the SDK then sets on it
/// per request, <see cref="McpServerOptions.ScopeRequests"/> = false, is already set: see McpServerSetup).
/// </summary>
/// <remarks>
/// Sound only while nothing changes options per session: the SDK's ConfigureSessionOptions and session migration
/// (ISessionMigrationHandler) write into what this factory returns, so whoever turns either on must drop this class.
/// </remarks>
internal sealed class McpServerOptionsOnce(
    IEnumerable<IConfigureOptions<McpServerOptions>> setups,
    IEnumerable<IPostConfigureOptions<McpServerOptions>> postConfigures,
    IEnumerable<IValidateOptions<McpServerOptions>> validations) : IOptionsFactory<McpServerOptions>
{
    private readonly Lazy<McpServerOptions> _options = new(() =>
        new OptionsFactory<McpServerOptions>(setups, postConfigures, validations).Create(Options.DefaultName));

    public McpServerOptions Create(string name) => _options.Value;
}
