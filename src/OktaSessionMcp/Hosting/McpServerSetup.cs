using OktaSessionMcp.Apps;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Policy;
using OktaSessionMcp.Telemetry;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Hosting;

/// <summary>What both transports share: the Okta client, the MCP server's identity and its tools.</summary>
public static class McpServerSetup
{
    public const string ServerName = "okta-session-mcp";

    public static IMcpServerBuilder AddOktaSessionMcp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOktaSessionClient(options => OktaSettings.Apply(configuration, options));
        services.AddTelemetryIfConfigured(configuration);
        // SIGTERM: stop taking new requests and let calls in flight finish, within this bound.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(
            configuration.GetValue("Server:ShutdownSeconds", 20)));

        services.AddSingleton<MemoryTrim>();
        services.AddHostedService(provider => provider.GetRequiredService<MemoryTrim>()); // start-up's garbage, then bursts
        services.AddSingleton<IOptionsFactory<McpServerOptions>, McpServerOptionsOnce>();
        return services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation
                {
                    Name = ServerName,
                    Title = "Okta Sessions",
                    Version = typeof(McpServerSetup).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                };
                options.ServerInstructions =
                    "Tools for Okta user sessions in one Okta org. A session token (from Okta's Authentication API) " +
                    "is redeemed once by okta-create-session-session-token for a session; its id is what the other tools take.";
                // No DI scope per request: tools and filters hold no per-request service that needs disposing. The SDK
                // sets this itself for stateless requests; set here, one options instance serves every mode.
                options.ScopeRequests = false;
            })
            .WithTools<CreateSessionTool>(ToolSerializerOptions.Instance)
            .WithTools<GetSessionTool>(ToolSerializerOptions.Instance)
            .WithTools<CloseSessionTool>(ToolSerializerOptions.Instance)
            .WithTools<RefreshSessionTool>(ToolSerializerOptions.Instance)
            .WithTools<CreateAndRefreshSessionTool>(ToolSerializerOptions.Instance)
            .WithCreateToolsOnlyWhenPossible()
            .WithSessionCard()
            .WithAudit()
            .WithCallPolicy(configuration)
            .WithToolCallFilters();
    }
}
