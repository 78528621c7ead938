using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// Without an API token (OAuth only) the tools that create sessions cannot work, so they are removed from the server:
/// neither listed nor callable, like a tool left out by --tools. The reason is printed once at start-up.
/// </summary>
public static class CreateToolAvailability
{
    public static IMcpServerBuilder WithCreateToolsOnlyWhenPossible(this IMcpServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<McpServerOptions>().PostConfigure<IOptions<OktaClientOptions>>((server, okta) =>
        {
            if (OktaSettings.CreateToolsWithheld(okta.Value) is null || server.ToolCollection is not { } tools)
            {
                return;
            }

            foreach (var tool in tools.Where(t => t.ProtocolTool.Name is CreateSessionTool.Name or CreateAndRefreshSessionTool.Name).ToList())
            {
                tools.Remove(tool);
            }
        });
        return builder;
    }
}
