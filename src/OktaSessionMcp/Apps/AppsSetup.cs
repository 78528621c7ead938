using System.Text.Json.Nodes;

namespace OktaSessionMcp.Apps;

/// <summary>
/// The session card, wired: its resource, the extension in the server's capabilities (SEP-1724's extensions field), and
/// the tools/list filter that points the session tools at it for clients that render MCP Apps.
/// </summary>
public static class AppsSetup
{
    public static IMcpServerBuilder WithSessionCard(this IMcpServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<McpServerOptions>(options =>
        {
            options.Capabilities ??= new ServerCapabilities();
            options.Capabilities.Extensions ??= new Dictionary<string, object>(StringComparer.Ordinal);
            options.Capabilities.Extensions[AppsExtension.Id] = new JsonObject();
        });
        return builder
            .WithResources<SessionCardResource>()
            .WithRequestFilters(filters => filters.AddListToolsFilter(AppsExtension.ListToolsFilter));
    }
}
